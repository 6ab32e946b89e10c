# Closures: a counter factory and a threshold filter builder.
def make_counter():
    counts = {}
    def add(key):
        counts[key] = counts.get(key, 0) + 1
        return counts[key]
    def report():
        return sorted(counts.items())
    return add, report

def older_than(minutes):
    limit = minutes * 60 * 1000
    return lambda s: s["uptime"] > limit

add, report = make_counter()
for s in system.perspective.getSessionInfo():
    add(s["sessionScope"])
print report()
old = filter(older_than(60), system.perspective.getSessionInfo())
print [s["username"] for s in old]
adders = [lambda x, i=i: x + i for i in range(3)]
print [f(10) for f in adders]
late = [lambda x: x + i for i in range(3)]
print [f(10) for f in late]
