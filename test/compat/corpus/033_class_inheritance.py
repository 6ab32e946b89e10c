# Inheritance and super() in a report formatter.
class Formatter(object):
    def row(self, s):
        return [s["username"], s["project"]]
    def render(self, sessions):
        return "\n".join([" | ".join(self.row(s)) for s in sessions])

class DetailFormatter(Formatter):
    def row(self, s):
        base = super(DetailFormatter, self).row(s)
        return base + [s["sessionScope"], str(s["activePages"])]

class OldBase:
    def greet(self):
        return "old " + self.__class__.__name__
class OldChild(OldBase):
    def greet(self):
        return OldBase.greet(self) + "!"

sessions = system.perspective.getSessionInfo("alice")
print Formatter().render(sessions)
print DetailFormatter().render(sessions)
print OldChild().greet()
print issubclass(DetailFormatter, Formatter), issubclass(OldChild, OldBase)
