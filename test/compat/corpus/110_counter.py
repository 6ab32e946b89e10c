# collections.Counter of scopes and users.
from collections import Counter
ss = system.perspective.getSessionInfo()
c = Counter(s["sessionScope"] for s in ss)
print sorted(c.items())
print c.most_common(1), c["browser"], c["nope"]
users = Counter([s["username"] for s in ss])
print sorted(users.most_common(3), key=lambda kv: (-kv[1], kv[0]))
print sum(users.values()), len(users)
words = Counter("the quick the lazy the end end".split())
print words.most_common(2)
print sorted((words + Counter(["end"])).items())
print sorted(Counter("abracadabra").elements())[:5]
