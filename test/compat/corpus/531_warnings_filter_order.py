import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("error", message="fatal", append=True)
    warnings.warn("noisy thing")
    warnings.warn("NOISY again")
    warnings.warn("quiet thing")
    try:
        warnings.warn("fatal thing")
    except UserWarning, e:
        print 'not raised: always comes first'
    print [str(x.message) for x in w]
    print [f[0] for f in warnings.filters][:3]
