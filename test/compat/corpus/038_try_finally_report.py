# try/except/else/finally in a report loop.
def pages_per_minute(s):
    return s["activePages"] / (s["uptime"] / 60000)

for s in system.perspective.getSessionInfo():
    try:
        rate = pages_per_minute(s)
    except ZeroDivisionError, e:
        print "%-15s n/a (%s)" % (s["username"], e)
    else:
        print "%-15s %d" % (s["username"], rate)
    finally:
        pass
def f():
    try:
        return "from try"
    finally:
        print "finally runs first"
print f()
