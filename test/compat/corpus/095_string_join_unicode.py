# join with unicode items produces unicode.
names = [s["username"] for s in system.perspective.getSessionInfo(projectFilter="QualityDash")]
joined = ", ".join(names)
print joined, type(joined).__name__
print repr(joined)
print repr("|".join(["a", "b"])), repr(u"|".join(["a", "b"]))
print repr("".join([])), repr(" ".join(["x", u"y"]))
print len(joined), joined.count(u"e")
