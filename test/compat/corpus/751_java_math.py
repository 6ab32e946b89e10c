from java.lang import Math
print Math.abs(-5), Math.abs(-2.5), Math.max(3, 7), Math.min(3.5, 2.5)
print Math.pow(2, 10), Math.sqrt(144), Math.cbrt(27)
print Math.floor(2.7), Math.ceil(2.1), Math.round(2.5), Math.round(-2.5), Math.round(2.4)
print Math.rint(2.5), Math.rint(3.5)
print Math.PI, Math.E
print Math.log(Math.E), Math.log10(1000), Math.exp(0)
print Math.sin(0), Math.cos(0), Math.atan2(1, 1)
print Math.toDegrees(Math.PI), Math.toRadians(180)
print Math.signum(-3.0), Math.hypot(3, 4)
print Math.floorDiv(-7, 2), Math.floorMod(-7, 2)
r = Math.random()
print 0 <= r < 1
print type(Math.round(2.5)).__name__
