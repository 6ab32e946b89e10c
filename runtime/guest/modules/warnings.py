# warnings for the sandbox (issue 14), written from the Python 2.7 documentation and Jython 2.7's behaviour:
# the filter list (filterwarnings, simplefilter, resetwarnings), the actions error / ignore / always /
# default (once per location) / module (once per module) / once, warn and warn_explicit, showwarning writing
# Jython's two-line form to sys.stderr, formatwarning and catch_warnings(record=True).
# The caller's file and line come from the JS helper _pswarnings (the script's frames). A sandbox has no frame
# globals, so the "already warned" registries are kept here per file rather than in __warningregistry__.

import sys
import re
import linecache
import _pswarnings

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')

filters = [
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, BytesWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_registries = {}


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError('invalid action: %r' % (action,))


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=0):
    """Insert an entry into the list of warnings filters (at the front, or the end with append)."""
    _check_action(action)
    if not isinstance(message, basestring):
        raise AssertionError('message must be a string')
    if not isinstance(category, (type, type(Exception))) or not issubclass(category, Warning):
        raise AssertionError('category must be a class')
    if not isinstance(module, basestring):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, (int, long)) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, re.compile(message, re.I), category, re.compile(module), lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=0):
    """Insert a simple entry into the list of warnings filters: every message, every module."""
    _check_action(action)
    if not isinstance(lineno, (int, long)) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter((action, None, category, None, lineno), append)


def _add_filter(item, append):
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    del filters[:]


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way: 'file:line: Category: message' and the source line."""
    text = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        line = linecache.getline(filename, lineno)
    if line:
        text += '  %s\n' % line.strip()
    return text


def _show(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except IOError:
        pass

showwarning = _show


def _matches(pattern, text):
    return pattern is None or pattern.match(text) is not None


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None):
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module[-3:].lower() == '.py':
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        registry[key] = 1
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == 'module':
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError('Unrecognized action (%r) in warnings.filters:\n %s' % (action, action))
    if not hasattr(showwarning, '__call__'):
        raise TypeError('warnings.showwarning() must be set to a function or method')
    showwarning(message, category, filename, lineno)


def warn(message, category=None, stacklevel=1):
    """Issue a warning, or maybe ignore it or raise an exception (see the filters)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, (type, type(Exception))) and issubclass(category, Warning)):
        raise AssertionError()
    frame = _pswarnings.frame(stacklevel)
    if frame is None:
        filename, lineno, module = 'sys', 1, 'sys'
    else:
        filename, lineno, module = frame[0], frame[1], '__main__'
    registry = _registries.setdefault(filename, {})
    warn_explicit(message, category, filename, lineno, module, registry)


class WarningMessage(object):
    """Holds the arguments of one showwarning() call (catch_warnings(record=True) lists them)."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line')

    def __init__(self, message, category, filename, lineno, file=None, line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


class catch_warnings(object):
    """A context manager that saves the filters and showwarning() on entry and restores them on exit.
    With record=True, showwarning() appends a WarningMessage to the list that __enter__ returns."""

    def __init__(self, record=False, module=None):
        self._record = record
        if module is None:
            import warnings as module
        self._module = module
        self._entered = False

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._showwarning = self._module.showwarning
        if self._record:
            log = []

            def record(*args, **kwargs):
                log.append(WarningMessage(*args, **kwargs))
            self._module.showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError('Cannot exit %r without entering first' % self)
        self._module.filters = self._filters
        self._module.showwarning = self._showwarning
