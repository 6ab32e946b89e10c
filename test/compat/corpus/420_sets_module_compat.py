import sets

s = sets.Set([3, 1, 2])
t = sets.ImmutableSet('ab')
print s, repr(t), len(s), 2 in s, 9 in s
print s | sets.Set([9]), s & sets.Set([1, 7]), s - sets.Set([1]), s ^ sets.Set([1, 5])
print s.union([4, 5]), s.intersection([2, 3, 8]), s.difference([1]), s.symmetric_difference([3, 4])
s.add(4)
s.discard(10)
s.remove(1)
print s, s.issubset(sets.Set([2, 3, 4, 5])), s.issuperset(sets.Set([2])), sorted(s), s == sets.Set([2, 3, 4]), s != sets.Set([2])
print str(sets.Set()), sets.Set() == sets.Set([]), sets.Set([1]) < sets.Set([1, 2]), sets.Set([1, 2]) <= sets.Set([1, 2])
s.update([7, 8])
s.difference_update([2])
print s
try:
    s.remove(99)
except KeyError, e:
    print 'KeyError', repr(e)
print hash(t) == hash(sets.ImmutableSet('ba')), {t: 1}[sets.ImmutableSet(['b', 'a'])]
u = sets.Set([sets.Set([1])])
print u, isinstance(list(u)[0], sets.ImmutableSet)
c = s.copy()
c.clear()
print c, s, isinstance(s, sets.BaseSet)
seen = sets.Set()
for row in ['a', 'b', 'a', 'c', 'b']:
    if row not in seen:
        seen.add(row)
        print 'first', row
