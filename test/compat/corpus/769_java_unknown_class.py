import java.lang
try:
    raise java.lang.Exception("x")
except java.lang.Throwable, e:
    print e.getClass().getName(), e.getClass().getSimpleName()
print java.lang.Integer.MAX_VALUE + 1
print java.lang.Math.max(java.lang.Integer.MAX_VALUE, 5)
