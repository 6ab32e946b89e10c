# dict.iteritems / itervalues / iterkeys / has_key on a real dict.
counts = {}
for s in system.perspective.getSessionInfo():
    counts[s["sessionScope"]] = counts.get(s["sessionScope"], 0) + 1
for k, v in sorted(counts.iteritems()):
    print k, v
print sorted(counts.iterkeys()), sorted(counts.itervalues())
print counts.has_key("ios"), counts.has_key("web")
print hasattr(counts.iteritems(), "next"), type(counts.keys()).__name__
print sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
d = dict.fromkeys(["a", "b"], 0)
print sorted(d.items()), d.get("z", "none"), d.pop("a"), d
