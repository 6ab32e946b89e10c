# Python 2 raise forms.
try:
    raise ValueError, "old style"
except ValueError, e:
    print 1, e
try:
    raise ValueError("new style")
except ValueError as e:
    print 2, e
try:
    raise KeyError
except KeyError, e:
    print 3, repr(e), e.args
try:
    try:
        {}["x"]
    except KeyError:
        raise
except KeyError, e:
    print 4, repr(e)
try:
    raise TypeError("a", 1)
except TypeError, e:
    print 5, e, str(e), e.args
try:
    raise Exception()
except Exception, e:
    print 6, repr(str(e)), e.args
print 7, repr(Exception("m")), str(Exception(u"m")), repr(ValueError())
