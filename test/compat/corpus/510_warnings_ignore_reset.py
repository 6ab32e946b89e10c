import warnings
# the filters are process-wide in Jython: keep this script's changes local
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("never seen")
    print warnings.filters[0][0], warnings.filters[0][2].__name__
    warnings.resetwarnings()
    print warnings.filters
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    print warnings.filters[0][0], warnings.filters[0][2].__name__, warnings.filters[0][4]
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.warn("dep", DeprecationWarning)
        warnings.warn("user")
        print [str(x.message) for x in w]
    print len(warnings.filters) >= 1
