import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    warnings.warn("per module")
    warnings.warn("per module")
    warnings.warn("another")
    print [str(x.message) for x in w]
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning, e:
        print 'error inside', e
warnings.warn("outside is shown on stderr")
print 'ok'
