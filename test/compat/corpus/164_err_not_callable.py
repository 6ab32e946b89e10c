# Calling a non-callable value and wrong argument counts to user functions.
def label(s, sep):
    return s["username"] + sep + s["project"]
s = system.perspective.getSessionInfo()[0]
print label(s, "@")
try:
    label(s)
except TypeError, e:
    print "TypeError:", e
try:
    s["username"]()
except TypeError, e:
    print "TypeError:", e
label(s, "@", "extra")
