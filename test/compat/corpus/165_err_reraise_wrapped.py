# Wrapping an exception in another one.
class ReportFailed(Exception):
    pass
def load(user):
    try:
        return system.perspective.getSessionInfo(user)[0]
    except IndexError, e:
        raise ReportFailed("no session for %r (%s)" % (user, e))
print load("admin")["project"]
print load(u"ghost")["project"]
