# % formatting corner cases used in report tables.
s = system.perspective.getSessionInfo()[4]
print "[%5s][%-5s][%.3s][%5.2s]" % ("ab", "ab", "abcdef", "abcdef")
print "[%*d][%-*d]" % (6, 42, 6, 42)
print "[%c][%c]" % (65, "z"), "%%", "[%i]" % 7.9, "[%u]" % 3
print "[%s][%r]" % (s["username"], s["username"])
print "[%10s]" % s["pageIds"][0], "[%-10s]" % s["sessionScope"]
print "[%s]" % (s["pageIds"],), "[%s]" % [1, 2]
print "[%x][%X][%#x][%#o][%08.3f][% 5d]" % (3735928559L, 48879, 255, 8, -3.14159, 42)
print "%s" % None, "%s" % True, "%d" % True, "%s" % 1.0, "%s" % 1e20, "%r" % 1.1
print "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5)
print "%5.1f%%" % 99.95, "%.2e" % 0.000123456, "%g" % 1e-5, "%g" % 123456789
