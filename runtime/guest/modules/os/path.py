# os.path (posixpath) for the sandbox (issue 14). Written for the sandbox from the Python 2.7 documentation.
# The module posixpath re-exports it (under Jython they are one module object; here two with the same functions).
#
# The string functions (join, split, splitext, basename, dirname, normpath, isabs, commonprefix, relpath...) are
# Jython 2.7's on Linux. The sandbox has no file system: the working directory is '/', and every path names
# nothing, as on an empty disk. exists/isfile/isdir/islink/lexists/ismount are False; getsize/getmtime/...
# raise OSError [Errno 2]; expanduser and expandvars return the path unchanged (no home, no environment);
# realpath is abspath (no links); walk visits nothing.
import errno as _errno

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname', 'commonprefix',
           'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile',
           'ismount', 'walk', 'expanduser', 'expandvars', 'normpath', 'abspath', 'samefile', 'curdir', 'pardir',
           'sep', 'pathsep', 'defpath', 'altsep', 'extsep', 'devnull', 'realpath', 'supports_unicode_filenames',
           'relpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

_CWD = '/'


def normcase(s):
    return s


def isabs(s):
    return s[:1] == '/'


def join(a, *p):
    result = a
    for part in p:
        if part[:1] == '/':
            result = part
        elif result == '' or result[-1:] == '/':
            result = result + part
        else:
            result = result + '/' + part
    return result


def split(p):
    cut = p.rfind('/') + 1
    head = p[:cut]
    tail = p[cut:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot > slash:
        # Leading dots of the last component do not start an extension ('.bashrc', '..x').
        start = slash + 1
        while start < dot and p[start] == '.':
            start += 1
        if start < dot:
            return p[:dot], p[dot:]
    return p, p[:0]


def splitdrive(p):
    return p[:0], p


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def commonprefix(m):
    if not m:
        return ''
    lo = min(m)
    hi = max(m)
    n = 0
    while n < len(lo) and n < len(hi) and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def normpath(path):
    if path == '':
        return path[:0] + '.'
    leading = 0
    if path.startswith('/'):
        # POSIX keeps exactly two leading slashes; one, or three and more, become one.
        leading = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not leading and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = '/' * leading + '/'.join(parts)
    return result or path[:0] + '.'


def abspath(path):
    if not isabs(path):
        path = join(_CWD, path)
    return normpath(path)


def realpath(filename):
    return abspath(filename)


def relpath(path, start=curdir):
    if not path:
        raise ValueError('no path specified')
    here = [x for x in abspath(start).split('/') if x]
    there = [x for x in abspath(path).split('/') if x]
    common = 0
    while common < len(here) and common < len(there) and here[common] == there[common]:
        common += 1
    rel = [pardir] * (len(here) - common) + there[common:]
    if not rel:
        return curdir
    return join(*rel)


def _missing(path):
    # Skulpt's OSError does not format (errno, strerror, filename) the way Jython's does: give the text Jython prints.
    raise OSError('[Errno %d] No such file or directory: %r' % (_errno.ENOENT, path))


def exists(path):
    return False


def lexists(path):
    return False


def isfile(path):
    return False


def isdir(path):
    return False


def islink(path):
    return False


def ismount(path):
    return False


def getsize(filename):
    _missing(filename)


def getmtime(filename):
    _missing(filename)


def getatime(filename):
    _missing(filename)


def getctime(filename):
    _missing(filename)


def samefile(f1, f2):
    _missing(f1)


def walk(top, func, arg):
    return None


def expanduser(path):
    return path


def expandvars(path):
    return path
