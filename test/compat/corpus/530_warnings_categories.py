import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for cat in (UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning):
        warnings.warn("a %s" % cat.__name__, cat)
    print [x.category.__name__ for x in w]
    print [issubclass(x.category, Warning) for x in w]
try:
    warnings.warn("bad", ValueError)
except AssertionError:
    print 'AssertionError for a non-Warning category'
