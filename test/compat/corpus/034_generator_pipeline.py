# Generator pipeline over sessions.
def sessions():
    for s in system.perspective.getSessionInfo():
        yield s

def runtime_only(it):
    for s in it:
        if s["sessionScope"] != "designer":
            yield s

def with_kb(it):
    for s in it:
        yield s["username"], s["totalBytesSent"] // 1024

gen = with_kb(runtime_only(sessions()))
print type(gen).__name__
first = gen.next()
print "first:", first
for user, kb in gen:
    print "%-16s %12d KB" % (user, kb)
try:
    gen.next()
except StopIteration:
    print "exhausted"
