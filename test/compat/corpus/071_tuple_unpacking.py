# Tuple unpacking and swapping.
a, b = 1, 2
a, b = b, a
print a, b
(c, d), e = (3, 4), 5
print c, d, e
for i, (user, proj) in enumerate([(s["username"], s["project"]) for s in system.perspective.getSessionInfo("alice")]):
    print i, user, proj
first, second, third = "xyz"
print first, second, third
try:
    x, y = [1, 2, 3]
except ValueError, err:
    print "ValueError:", err
try:
    x, y, z = [1, 2]
except ValueError, err:
    print "ValueError:", err
t = 1,
print t, len(t), type(t).__name__, ()
