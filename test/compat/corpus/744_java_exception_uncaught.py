# An uncaught Java exception ends the run the way Jython prints it.
import java.lang
print "before"
def check(n):
    if n < 0:
        raise java.lang.IllegalArgumentException("negative: %d" % n)
    return n
print check(3)
check(-1)
print "never"
