from array import array as A
for tc in 'bBhHiIlLfdcu':
    a = A(tc)
    out = [tc, a.itemsize]
    for v in [2**70, -2**70, 1.5, 'a', u'a', 'ab', None]:
        try: A(tc, [v]); out.append('ok')
        except Exception, e: out.append('%s: %s' % (type(e).__name__, e))
    print out
print A('l', [2**40]), A('L', [2**40]), A('i', [True]), A('d', [1]), A('f', [3]), A('i', [5L])
print A('i', [1, 2]).tolist() == [1, 2], A('c', 'ab')[0], A('u', u'ab')[1], A('c', 'abc').tolist()
print repr(A('h', [1, 2]).tostring()), repr(A('f', [1.5]).tostring())
a = A('i', range(10)); print a[::2], a[::-1], a[2:-2]
a.extend(A('i', [99])); print a
try: a.extend(A('d', [1.0]))
except TypeError, e: print 'TypeError', e
try: a + A('d', [1.0])
except TypeError, e: print 'TypeError', e
print A('i', [1, 2]) == [1, 2], A('i', [1]) != A('d', [1.0]), A('i', [1]) == A('d', [1.0])
