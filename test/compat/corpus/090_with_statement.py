# with statement and a context manager class.
class Section(object):
    def __init__(self, title):
        self.title = title
    def __enter__(self):
        print "== %s ==" % self.title
        return self
    def __exit__(self, exc_type, exc, tb):
        print "== end %s (%s) ==" % (self.title, exc_type.__name__ if exc_type else "ok")
        return exc_type is KeyError
with Section("billy") as sec:
    for s in system.perspective.getSessionInfo("billy"):
        print " ", s["project"], s["sessionScope"]
with Section("bad key"):
    print system.perspective.getSessionInfo()[0]["bogus"]
print "continued after suppressed KeyError"
class tag(object):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print "<%s>" % self.name
        return self.name.upper()
    def __exit__(self, *exc):
        print "</%s>" % self.name
with tag("b") as t:
    print t
