import warnings
# the filters are process-wide in Jython: keep this script's changes local
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="unsafe.*")
    try:
        warnings.warn("unsafe tag write")
    except UserWarning, e:
        print 'raised:', repr(e), e.args
    warnings.warn("other text is only shown")
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning, e:
        print 'runtime raised', e
    print 'end'
