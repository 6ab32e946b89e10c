# posixpath for the sandbox (issue 14): the functions of os.path (runtime/guest/modules/os/path.py).
from os.path import *
from os.path import __all__
