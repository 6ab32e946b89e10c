# Special methods on a report class.
class Report(object):
    def __init__(self, sessions):
        self.sessions = list(sessions)
    def __len__(self):
        return len(self.sessions)
    def __getitem__(self, i):
        return self.sessions[i]["username"]
    def __contains__(self, user):
        return user in [s["username"] for s in self.sessions]
    def __iter__(self):
        return iter(sorted(set(s["project"] for s in self.sessions)))
    def __nonzero__(self):
        return bool(self.sessions)
    def __add__(self, other):
        return Report(self.sessions + other.sessions)
    def __eq__(self, other):
        return len(self) == len(other)
    def __str__(self):
        return "Report(%d)" % len(self)
r = Report(system.perspective.getSessionInfo("billy"))
print len(r), r[0], r[-1], "billy" in r, "alice" in r, list(r)
e = Report([])
print bool(r), bool(e), str(r + e), r == r + e, r != e
print [x for x in r], r[0:2] if False else "no-slice"
