# collections.defaultdict grouping.
from collections import defaultdict
byProject = defaultdict(list)
pages = defaultdict(int)
for s in system.perspective.getSessionInfo():
    byProject[s["project"]].append(s["username"])
    pages[s["project"]] += s["activePages"]
for p in sorted(byProject):
    print p, byProject[p], pages[p]
print pages["Missing"], "Missing" in pages, len(pages)
nested = defaultdict(lambda: defaultdict(int))
for s in system.perspective.getSessionInfo():
    nested[s["project"]][s["sessionScope"]] += 1
for p in sorted(nested):
    print p, sorted(nested[p].items())
d = defaultdict(int)
print repr(d), d.default_factory
