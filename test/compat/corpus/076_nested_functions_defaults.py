# Default arguments, *args, **kwargs.
def report(title, *rows, **opts):
    width = opts.get("width", 20)
    print title.center(width, "=")
    for r in rows:
        print r
    print "opts:", sorted(opts.items())
report("Users", *[s["username"] for s in system.perspective.getSessionInfo("billy")])
report("Small", "a", "b", width=10, sep="|")
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print append_to(1), append_to(2), append_to(3)
def kw_only(a, b=2, *c, **d):
    return a, b, c, d
print kw_only(1), kw_only(1, 3, 4, 5), kw_only(a=9)
