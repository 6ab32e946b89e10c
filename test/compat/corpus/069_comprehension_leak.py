# List comprehension variables leak in Python 2; generator expressions do not.
names = [s["username"] for s in system.perspective.getSessionInfo("billy")]
print names
print s["sessionScope"]
squares = [i * i for i in range(5)]
print squares, i
total = sum(j for j in range(5))
try:
    print j
except NameError, e:
    print "NameError:", e
x = "outer"
[x for x in "abc"]
print x
print [(a, b) for a in range(3) for b in range(a)], a, b
