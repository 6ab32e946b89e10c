# NameError inside a function says "global name".
def report():
    for s in system.perspective.getSessionInfo("alice"):
        print s["project"]
    print sesions
try:
    undefined_at_module
except NameError, e:
    print "NameError:", e
report()
