# math functions.
import math
print math.pi, math.e
print math.sqrt(2), math.sqrt(16), math.pow(2, 10), math.exp(1)
print math.floor(-2.5), math.ceil(-2.5), math.floor(2.5), math.ceil(2.1)
print math.log(100, 10), math.log10(1000), math.log(math.e), math.log(8, 2)
print math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.75)
print math.hypot(3, 4), math.degrees(math.pi), math.radians(180)
print round(math.sin(math.pi / 6), 6), round(math.cos(0), 6), math.atan2(1, 1)
print math.factorial(20), math.trunc(-3.7), math.copysign(1, -0.0)
print math.isinf(float("inf")), math.isnan(float("nan")), math.frexp(8.0), math.ldexp(0.5, 4)
