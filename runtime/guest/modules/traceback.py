# traceback for the sandbox, written for it from the Python 2.7 documentation of the module. Frames come from
# the runtime (_pstraceback); a sandbox has no frame objects, so the stack-walking functions see none.
import sys
import _pstraceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only', 'format_list',
           'format_stack', 'format_tb', 'print_exc', 'format_exc', 'print_exception', 'print_last',
           'print_stack', 'print_tb', 'tb_lineno']


def _out(file):
    if file is None:
        return sys.stderr
    return file


def _limited(frames, limit):
    if limit is None and hasattr(sys, 'tracebacklimit'):
        limit = sys.tracebacklimit
    if limit is not None:
        frames = frames[:max(limit, 0)]
    return frames


def extract_tb(tb, limit=None):
    return _limited(_pstraceback.extract(tb), limit)


def extract_stack(f=None, limit=None):
    return []


def format_list(extracted_list):
    lines = []
    for filename, lineno, name, line in extracted_list:
        text = '  File "%s", line %d, in %s\n' % (filename, lineno, name)
        if line:
            text = text + '    %s\n' % line.strip()
        lines.append(text)
    return lines


def print_list(extracted_list, file=None):
    stream = _out(file)
    for text in format_list(extracted_list):
        stream.write(text)


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit), file)


def _value_text(value):
    try:
        return str(value)
    except Exception:
        pass
    try:
        return unicode(value).encode('ascii', 'backslashreplace')
    except Exception:
        return '<unprintable %s object>' % type(value).__name__


def format_exception_only(etype, value):
    if isinstance(etype, BaseException) or etype is None:
        return [_value_text(etype) + '\n']
    name = etype.__name__
    if not issubclass(etype, SyntaxError) or not isinstance(value, SyntaxError):
        if value is None:
            return [name + '\n']
        text = _value_text(value)
        if text:
            return ['%s: %s\n' % (name, text)]
        return [name + '\n']
    lines = []
    filename = getattr(value, 'filename', None) or '<string>'
    lineno = getattr(value, 'lineno', None)
    lines.append('  File "%s", line %s\n' % (filename, lineno))
    line = getattr(value, 'text', None)
    if line:
        lines.append('    %s\n' % line.strip())
    msg = getattr(value, 'msg', None) or _value_text(value)
    lines.append('%s: %s\n' % (name, msg))
    return lines


def format_exception(etype, value, tb, limit=None):
    lines = []
    if tb is not None:
        lines.append('Traceback (most recent call last):\n')
        lines.extend(format_tb(tb, limit))
    lines.extend(format_exception_only(etype, value))
    return lines


def print_exception(etype, value, tb, limit=None, file=None):
    stream = _out(file)
    for text in format_exception(etype, value, tb, limit):
        stream.write(text)


def format_exc(limit=None):
    etype, value, tb = sys.exc_info()
    if etype is None:
        return 'None\n'
    return ''.join(format_exception(etype, value, tb, limit))


def print_exc(limit=None, file=None):
    etype, value, tb = sys.exc_info()
    if etype is None:
        _out(file).write('None\n')
        return
    print_exception(etype, value, tb, limit, file)


def print_last(limit=None, file=None):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file)


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_stack(f=None, limit=None, file=None):
    print_list(extract_stack(f, limit), file)


def tb_lineno(tb):
    return tb.tb_lineno
