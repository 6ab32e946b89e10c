# format() builtin and format specs.
print format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(255, "#x"), format(1234567, ",")
print format("left", "<10") + "|", format("right", ">10") + "|", format("mid", "^10") + "|"
print format(0.25, "%"), format(0.25, ".1%"), format(1e6, "e"), format(123.456, "g")
print "{0:.3}".format(3.14159), "{0:10.4f}|".format(2.5), "{0:<6}|{1:>6}".format(1, 2)
print "{0!r:>12}".format(u"x"), "{0[username]}".format(system.perspective.getSessionInfo()[0])
print "{0:=+8d}".format(42), "{0:_^9}".format("x"), "{:d}".format(10L ** 12)
