import warnings
with warnings.catch_warnings(record=True) as w:
    for i in range(3):
        warnings.warn("loop warning")
    warnings.warn("loop warning")
    warnings.warn("loop warning")
    print len(w), [x.lineno for x in w]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(2):
        warnings.warn("once only")
    warnings.warn("once only")
    print len(w)
