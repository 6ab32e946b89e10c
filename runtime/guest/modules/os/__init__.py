# os for the sandbox (issue 14): only the pure parts Jython scripts reach os for, os.path (posixpath) and the
# path constants. Nothing here reaches the host: there is no system, environ, getenv, listdir, remove, popen...;
# using one raises AttributeError ('module' object has no attribute 'system'). See README, "Deliberately blocked".
import os.path as path

name = 'java'
sep = path.sep
altsep = path.altsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def getcwd():
    """The sandbox's working directory, always '/'."""
    return '/'


def getcwdu():
    return u'/'
