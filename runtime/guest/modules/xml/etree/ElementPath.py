# The ElementPath subset of ElementTree 1.3 (Python 2.7 documentation, "Supported XPath syntax"), written for
# the sandbox: tag, *, ., //, .., [@attr], [@attr='value'], [tag], [tag='text'], [n], [last()], [last()-n],
# and {uri}tag or prefix:tag with a namespaces mapping.
import re

_TOKEN = re.compile(r"//|/|\.\.|\.|\*|\[[^\]]*\]|\{[^}]*\}[^/\[\]{}]+|[^/\[\]{}]+")


class _Step(object):
    def __init__(self, axis, tag):
        self.axis = axis          # 'child', 'descendant', 'self' or 'parent'
        self.tag = tag            # None for any element
        self.predicates = []


def _qualify(tag, namespaces):
    if tag[:1] != '{' and ':' in tag:
        prefix, local = tag.split(':', 1)
        if not namespaces or prefix not in namespaces:
            raise SyntaxError('prefix %r not found in prefix map' % prefix)
        return '{%s}%s' % (namespaces[prefix], local)
    return tag


def _compile(path, namespaces):
    if path[:1] == '/':
        raise SyntaxError('cannot use absolute path on element')
    steps = []
    descendant = False
    tokens = _TOKEN.findall(path)
    if ''.join(tokens) != path:
        raise SyntaxError('invalid path')
    expect_step = True
    for token in tokens:
        if token == '/':
            if expect_step:
                raise SyntaxError('invalid path')
            expect_step = True
        elif token == '//':
            descendant = True
            expect_step = True
        elif token[0] == '[':
            if not steps or expect_step:
                raise SyntaxError('invalid predicate')
            steps[-1].predicates.append(_predicate(token[1:-1], namespaces))
        else:
            if not expect_step:
                raise SyntaxError('invalid path')
            if token == '.':
                step = _Step('descendant-self' if descendant else 'self', None)
            elif token == '..':
                step = _Step('parent', None)
            elif token == '*':
                step = _Step('descendant' if descendant else 'child', None)
            else:
                step = _Step('descendant' if descendant else 'child', _qualify(token, namespaces))
            steps.append(step)
            descendant = False
            expect_step = False
    if expect_step:
        if descendant or not steps:
            raise SyntaxError('cannot use a path that ends with a separator')
    return steps


_ATTRIBUTE = re.compile(r"^@([\w:{}.-]+)(?:\s*=\s*(?:'([^']*)'|\"([^\"]*)\"))?$")
_CHILD_TEXT = re.compile(r"^([\w:{}.*-]+)(?:\s*=\s*(?:'([^']*)'|\"([^\"]*)\"))?$")
_POSITION = re.compile(r"^(?:(\d+)|last\(\)(?:\s*-\s*(\d+))?)$")


def _predicate(text, namespaces):
    text = text.strip()
    found = _ATTRIBUTE.match(text)
    if found:
        name = _qualify(found.group(1), namespaces)
        value = found.group(2) if found.group(2) is not None else found.group(3)
        if value is None:
            return ('filter', lambda e: e.get(name) is not None)
        return ('filter', lambda e: e.get(name) == value)
    found = _POSITION.match(text)
    if found:
        if found.group(1) is not None:
            index = int(found.group(1)) - 1
            if index < 0:
                raise SyntaxError('XPath position >= 1 expected')
            return ('position', lambda count: index)
        back = int(found.group(2) or 0)
        return ('position', lambda count: count - 1 - back)
    found = _CHILD_TEXT.match(text)
    if found:
        tag = _qualify(found.group(1), namespaces)
        value = found.group(2) if found.group(2) is not None else found.group(3)
        if value is None:
            return ('filter', lambda e: any(True for c in e if tag == '*' or c.tag == tag))
        return ('filter', lambda e: any(''.join(c.itertext()) == value for c in e if c.tag == tag))
    raise SyntaxError('invalid predicate')


def _is_element_tag(tag):
    return isinstance(tag, basestring)


def _apply(step, nodes, root_parents):
    out = []
    seen = set()

    def add(node):
        if id(node) not in seen:
            seen.add(id(node))
            out.append(node)
    for node in nodes:
        if step.axis == 'self':
            add(node)
        elif step.axis == 'descendant-self':
            for d in node.iter():
                if _is_element_tag(d.tag):
                    add(d)
        elif step.axis == 'parent':
            parent = root_parents().get(id(node))
            if parent is not None:
                add(parent)
        else:
            candidates = node if step.axis == 'child' else _descendants(node)
            matched = [c for c in candidates if _is_element_tag(c.tag) and (step.tag is None or c.tag == step.tag)]
            for kind, test in step.predicates:
                if kind == 'filter':
                    matched = [c for c in matched if test(c)]
                else:
                    index = test(len(matched))
                    matched = [matched[index]] if 0 <= index < len(matched) else []
            for c in matched:
                add(c)
            continue
        if step.predicates:
            kept = out[-1:]
            for kind, test in step.predicates:
                if kind == 'filter':
                    kept = [c for c in kept if test(c)]
            if not kept:
                out.pop()
                seen.discard(id(node))
    return out


def _descendants(node):
    for child in node:
        yield child
        for d in _descendants(child):
            yield d


def iterfind(elem, path, namespaces=None):
    steps = _compile(path, namespaces)
    parents = {}

    def root_parents():
        if not parents:
            for p in elem.iter():
                for c in p:
                    parents[id(c)] = p
        return parents
    nodes = [elem]
    for step in steps:
        nodes = _apply(step, nodes, root_parents)
    return iter(nodes)


def find(elem, path, namespaces=None):
    for found in iterfind(elem, path, namespaces):
        return found
    return None


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    found = find(elem, path, namespaces)
    if found is None:
        return default
    return found.text or ''
