import warnings
def old_api(x):
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    total = old_api(1) + old_api(2)
    print total, len(caught)
    for w in caught:
        print w.category.__name__, w.message, w.lineno, w.line
    print caught[0]
