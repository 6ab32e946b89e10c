# A new-style class with properties, classmethod and staticmethod.
class Session(object):
    count = 0
    def __init__(self, raw):
        self.raw = raw
        Session.count += 1
    @property
    def minutes(self):
        return self.raw["uptime"] // 60000
    @classmethod
    def load(cls, **filters):
        return [cls(s) for s in system.perspective.getSessionInfo(**filters)]
    @staticmethod
    def human(ms):
        return "%dm%02ds" % (ms // 60000, (ms // 1000) % 60)
    def __repr__(self):
        return "Session(%r, %d min)" % (self.raw["username"], self.minutes)

sessions = Session.load(projectFilter="QualityDash")
print sessions
print Session.count
print Session.human(845500), Session.human(60000)
print type(sessions[0]).__name__, type(sessions[0]) is Session
print Session.__mro__[-1]
