# An uncaught custom exception class.
class ReportError(Exception):
    pass
count = len(system.perspective.getSessionInfo("Unauthenticated"))
print "anonymous sessions:", count
if count > 2:
    raise ReportError("too many anonymous sessions: %d" % count)
print "not reached"
