# Counter arithmetic on page counts.
from collections import Counter
a = Counter()
for s in system.perspective.getSessionInfo():
    a[s["project"]] += s["activePages"]
print sorted(a.items())
b = Counter({"MyProject": 5, "Other": 1})
print sorted((a - b).items()), sorted((a & b).items()), sorted((a | b).items())
a.subtract({"MyProject": 100})
print a["MyProject"], sorted(k for k, v in a.items() if v > 0)
print repr(Counter()), repr(Counter({"x": 1}))
