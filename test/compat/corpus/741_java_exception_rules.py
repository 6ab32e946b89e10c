# Jython: `except Exception` does not catch a Java exception; `except java.lang.Exception` does.
import java.lang

def attempt(kind):
    try:
        try:
            raise java.lang.Exception("from %s" % kind)
        except Exception, e:
            print kind, "caught by Exception"
    except java.lang.Exception, e:
        print kind, "caught by java.lang.Exception:", e

attempt("first")
try:
    raise java.lang.IllegalArgumentException("bad value")
except (Exception, java.lang.Exception), e:
    print "tuple caught:", e
try:
    raise ValueError("python error")
except (Exception, java.lang.Exception), e:
    print "tuple caught python:", e
try:
    raise java.lang.RuntimeException("rt")
except:
    print "bare except catches Java exceptions"
