# HTMLParser for the sandbox (Python 2's module name), written from the Python 2.7 documentation of the module
# and Jython 2.7's behaviour on the differential corpus: a tolerant tokenizer that calls handle_starttag,
# handle_endtag, handle_startendtag, handle_data, handle_comment, handle_entityref, handle_charref, handle_decl,
# handle_pi and unknown_decl. Tag and attribute names are lower-cased; attribute values are unquoted and
# unescaped; script and style content is data until its end tag.
import re
from htmlentitydefs import name2codepoint

__all__ = ['HTMLParser', 'HTMLParseError']

_NEXT_MARKUP = re.compile(r'[&<]')
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTRIBUTE = re.compile(r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
                        r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_START_TAG_END = re.compile(r'''
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*
      (?:\s*=+\s*(?:'[^']*'|"[^"]*"|(?!['"])[^>\s]*))?
      \s*)*
  )?
  \s*''', re.VERBOSE)
_END_TAG = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_LOOSE_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_CHARREF = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_INCOMPLETE_REF = re.compile(r'&[a-zA-Z#]')
_ESCAPE = re.compile(r'&(#?[xX]?(?:[0-9a-fA-F]+|\w{1,8}));')
_DECLARATION_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')


class HTMLParseError(Exception):
    """A parse error: msg, and the position as lineno and offset."""

    def __init__(self, msg, position=(None, None)):
        Exception.__init__(self, msg)
        self.msg = msg
        self.lineno = position[0]
        self.offset = position[1]

    def __str__(self):
        text = self.msg
        if self.lineno is not None:
            text = text + ', at line %d' % self.lineno
        if self.offset is not None:
            text = text + ', column %d' % (self.offset + 1)
        return text


def _unescape_reference(match):
    name = match.group(1)
    if name[0] == '#':
        try:
            code = int(name[2:], 16) if name[1:2] in ('x', 'X') else int(name[1:])
            return unichr(code)
        except ValueError:
            return '&#' + name[1:] + ';'
    if name == 'apos':
        return u"'"
    if name in name2codepoint:
        return unichr(name2codepoint[name])
    return '&' + name + ';'


class HTMLParser(object):
    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self):
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.lineno = 1
        self.offset = 0
        self.cdata_elem = None
        self._starttag_text = None

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self._run(False)

    def close(self):
        self._run(True)

    def error(self, message):
        raise HTMLParseError(message, self.getpos())

    def getpos(self):
        return self.lineno, self.offset

    def get_starttag_text(self):
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def unescape(self, s):
        if '&' not in s:
            return s
        return _ESCAPE.sub(_unescape_reference, s)

    def _advance(self, start, end):
        """Moves the position (lineno, offset) over rawdata[start:end]; returns end."""
        if start >= end:
            return end
        chunk = self.rawdata[start:end]
        lines = chunk.count('\n')
        if lines:
            self.lineno = self.lineno + lines
            self.offset = end - (chunk.rindex('\n') + start + 1)
        else:
            self.offset = self.offset + end - start
        return end

    def _next_markup(self, i):
        raw = self.rawdata
        if self.cdata_elem:
            found = re.compile(r'</\s*%s\s*>' % re.escape(self.cdata_elem), re.I).search(raw, i)
            return found.start() if found else -1
        found = _NEXT_MARKUP.search(raw, i)
        return found.start() if found else -1

    def _run(self, at_end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            j = self._next_markup(i)
            if j < 0:
                if self.cdata_elem:
                    break
                j = n
            if i < j:
                self.handle_data(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if raw.startswith('<', i):
                if _TAG_NAME.match(raw, i + 1) and raw[i + 1:i + 2].isalpha():
                    k = self._start_tag(i)
                elif raw.startswith('</', i):
                    k = self._end_tag(i)
                elif raw.startswith('<!--', i):
                    k = self._comment(i)
                elif raw.startswith('<?', i):
                    k = self._pi(i)
                elif raw.startswith('<!', i):
                    k = self._declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not at_end:
                        break
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k = k + 1
                    self.handle_data(raw[i:k])
                i = self._advance(i, k)
            elif raw.startswith('&#', i):
                match = _CHARREF.match(raw, i)
                if match:
                    self.handle_charref(match.group()[2:-1])
                    k = match.end()
                    if raw[k - 1] != ';':
                        k = k - 1
                    i = self._advance(i, k)
                    continue
                if ';' in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self._advance(i, i + 2)
                break
            elif raw.startswith('&', i):
                match = _ENTITYREF.match(raw, i)
                if match:
                    self.handle_entityref(match.group(1))
                    k = match.end()
                    if raw[k - 1] != ';':
                        k = k - 1
                    i = self._advance(i, k)
                    continue
                match = _INCOMPLETE_REF.match(raw, i)
                if match:
                    if at_end and match.group() == raw[i:]:
                        self.handle_data(raw[i:])
                        i = self._advance(i, n)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self._advance(i, i + 1)
                else:
                    break
        if at_end and i < n and not self.cdata_elem:
            self.handle_data(raw[i:n])
            i = self._advance(i, n)
        self.rawdata = raw[i:]

    def _start_tag_end(self, i):
        """Index just past the '>' of the start tag at i, or -1 while the tag is incomplete."""
        raw = self.rawdata
        match = _START_TAG_END.match(raw, i)
        if not match:
            return -1
        j = match.end()
        following = raw[j:j + 1]
        if following == '>':
            return j + 1
        if following == '/':
            if raw.startswith('/>', j):
                return j + 2
            if raw.startswith('/', j) and j + 1 >= len(raw):
                return -1
            return j + 1 if j > i else -1
        if following == '':
            return -1
        return j if j > i else i + 1

    def _start_tag(self, i):
        self._starttag_text = None
        end = self._start_tag_end(i)
        if end < 0:
            return end
        raw = self.rawdata
        self._starttag_text = raw[i:end]
        match = _TAG_NAME.match(raw, i + 1)
        k = match.end()
        self.lasttag = tag = match.group(1).lower()
        attrs = []
        while k < end:
            found = _ATTRIBUTE.match(raw, k)
            if not found:
                break
            name, rest, value = found.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == "'" == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = self.unescape(value)
            attrs.append((name.lower(), value))
            k = found.end()
        closing = raw[k:end].strip()
        if closing not in ('>', '/>'):
            self.handle_data(raw[i:end])
            return end
        if closing.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _end_tag(self, i):
        raw = self.rawdata
        gt = raw.find('>', i + 1)
        if gt < 0:
            return -1
        match = _END_TAG.match(raw, i)
        if not match:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:gt + 1])
                return gt + 1
            name = _LOOSE_NAME.match(raw, i + 2)
            if not name:
                if raw[i:i + 3] == '</>':
                    return i + 3
                return self._bogus_comment(i)
            self.handle_endtag(name.group(1).lower())
            return raw.find('>', name.end()) + 1
        elem = match.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(raw[i:gt + 1])
            return gt + 1
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return match.end()

    def _comment(self, i):
        end = self.rawdata.find('-->', i + 4)
        if end < 0:
            return -1
        self.handle_comment(self.rawdata[i + 4:end])
        return end + 3

    def _pi(self, i):
        end = self.rawdata.find('>', i + 2)
        if end < 0:
            return -1
        self.handle_pi(self.rawdata[i + 2:end])
        return end + 1

    def _declaration(self, i):
        raw = self.rawdata
        if raw[i:i + 9].lower() == '<!doctype':
            end = raw.find('>', i + 9)
            if end < 0:
                return -1
            self.handle_decl(raw[i + 2:end])
            return end + 1
        if raw.startswith('<![', i):
            end = raw.find(']>', i + 3)
            if end < 0:
                return -1
            self.unknown_decl(raw[i + 3:end])
            return end + 2
        return self._bogus_comment(i)

    def _bogus_comment(self, i):
        end = self.rawdata.find('>', i + 2)
        if end < 0:
            return -1
        self.handle_comment(self.rawdata[i + 2:end])
        return end + 1

    # Handlers: subclasses override these.
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
