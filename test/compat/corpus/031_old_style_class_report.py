# An old-style class wrapping a session (no object base).
class SessionView:
    def __init__(self, s):
        self.s = s
    def label(self):
        return "%s@%s" % (self.s["username"], self.s["project"])
    def __str__(self):
        return "<SessionView %s>" % self.label()
    def __len__(self):
        return self.s["activePages"]

views = [SessionView(s) for s in system.perspective.getSessionInfo(projectFilter="MyProject")]
for v in views:
    print v, len(v)
print type(views[0]).__name__
print views[0].__class__.__name__
print isinstance(views[0], SessionView)
print hasattr(SessionView, "__bases__"), SessionView.__bases__
