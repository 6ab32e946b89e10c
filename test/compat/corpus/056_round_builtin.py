# round() in Python 2 rounds half away from zero, on the binary value.
print round(2.675, 2)
print round(0.5), round(1.5), round(2.5), round(-0.5), round(-2.5)
print round(1.005, 2), round(0.125, 2), round(0.375, 2)
print round(123.456, -1), round(1234, -2), round(5, 1)
print type(round(3)).__name__, round(3.7)
uptimes = [s["uptime"] / 3600000.0 for s in system.perspective.getSessionInfo()]
print [round(u, 2) for u in uptimes]
print "%.2f %.0f %.1f" % (2.675, 0.5, 0.05)
