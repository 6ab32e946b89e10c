# global statement and mutable-closure idiom (no nonlocal in Python 2).
counter = 0
def bump():
    global counter
    counter += 1
for s in system.perspective.getSessionInfo():
    if s["sessionScope"] == "browser":
        bump()
print "browser sessions:", counter
def make():
    state = [0]
    def inc():
        state[0] += 1
        return state[0]
    return inc
inc = make()
print inc(), inc(), inc()
def broken():
    try:
        counter += 1
    except UnboundLocalError, e:
        return "UnboundLocalError: %s" % e
print broken()
