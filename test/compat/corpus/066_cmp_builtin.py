# cmp() and __cmp__ on old-style classes.
print cmp(1, 2), cmp(2, 1), cmp(1, 1), cmp("a", "b"), cmp([1, 2], [1, 3]), cmp(None, 0)
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
    def __cmp__(self, other):
        return cmp(self.parts, other.parts)
    def __repr__(self):
        return "V(%s)" % ".".join(map(str, self.parts))
vs = [Version("8.1.0"), Version("8.0.16"), Version("8.0.7"), Version("7.9.21")]
print sorted(vs)
print max(vs), min(vs), Version("8.0.7") == Version("8.0.7"), Version("8.1.0") > Version("8.0.16")
print sorted(["b", "A", "a", "B"], cmp=lambda x, y: cmp(x.lower(), y.lower()))
print sorted([3, 1, 2], cmp=lambda a, b: b - a)
