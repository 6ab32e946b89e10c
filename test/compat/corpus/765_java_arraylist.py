from java.util import ArrayList
a = ArrayList()
a.add("billy")
a.add(3)
a.add(2.5)
print a, a.size(), len(a), a.isEmpty()
print repr(a.get(0)), a.get(1), a[2]
print a.contains(3), a.contains("x"), a.indexOf(3), a.indexOf("x")
a.add(0, "first")
a.set(1, "BILLY")
print a
a.remove(0)
print a, a.remove("BILLY"), a
for x in a:
    print "item", x
b = ArrayList([3, 1, 2])
print b, list(b), sorted(b)
b.addAll([9, 8])
print b, b.subList(1, 3)
b.clear()
print b, b.isEmpty(), ArrayList().equals(b)
