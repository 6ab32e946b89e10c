import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=5)
    warnings.warn("line five")
    warnings.warn("line six")
    print [(x.lineno, str(x.message)) for x in w]
