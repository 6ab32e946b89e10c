# next() on an exhausted iterator.
it = iter(system.perspective.getSessionInfo("admin"))
print it.next()["username"]
print next(it, "no more")
it.next()
