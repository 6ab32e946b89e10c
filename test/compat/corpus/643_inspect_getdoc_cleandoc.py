# Help text for script functions, from their docstrings
import inspect

def shift_report(area, shift=1):
    """Summarise one shift.

    Arguments:
        area  -- the plant area
        shift -- 1, 2 or 3
    """

def one_liner():
    """   Just one line.   """

def no_doc():
    pass

class Tagged(object):
    """
        A tag wrapper.

            Indented example.
    """

for obj in (shift_report, one_liner, no_doc, Tagged, Tagged()):
    print repr(inspect.getdoc(obj))
print repr(inspect.cleandoc('  first\n      second\n    third\n\n'))
print repr(inspect.cleandoc('\n\n\tTabbed\n\t  more\n'))
print repr(inspect.cleandoc(''))
print repr(inspect.cleandoc('only'))
print inspect.getdoc(shift_report)
