from java.lang import Throwable, RuntimeException, IllegalArgumentException, NullPointerException
import java.lang
for cls in (java.lang.Exception, RuntimeException, IllegalArgumentException, NullPointerException):
    try:
        raise cls("msg")
    except Throwable, e:
        print cls.__name__, isinstance(e, java.lang.Exception), isinstance(e, RuntimeException), isinstance(e, Exception)
print issubclass(IllegalArgumentException, RuntimeException), issubclass(NullPointerException, java.lang.Exception)
print issubclass(java.lang.Exception, Throwable), issubclass(Throwable, java.lang.Exception)
try:
    raise NullPointerException()
except RuntimeException, e:
    print "npe:", e, e.getMessage()
