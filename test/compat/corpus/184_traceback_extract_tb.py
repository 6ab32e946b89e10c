import sys
import traceback

def inner():
    raise RuntimeError('boom')

def outer():
    inner()

try:
    outer()
except RuntimeError:
    etype, value, tb = sys.exc_info()
    for filename, lineno, name, line in traceback.extract_tb(tb):
        print lineno, name, line
    print traceback.format_exception_only(etype, value)
