v = system.util.getVersion()
print v.major, v.minor, v.rev, v.build
print v.getMajor(), v.getMinor(), v.getRev(), v.getBuild()
print v.toParseableString()
print str(v)
print v.major >= 8, v.getMajor() == 8 and v.getMinor() < 1
# the manual's example: is the running version newer than the one given?
for test in ["7.9.21", "8.0.0", "8.0.7", "8.1.0", "9.0.0"]:
    print test, v.isFutureVersion(test)
