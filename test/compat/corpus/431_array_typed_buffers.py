# Typed arrays as scripts use them for register/byte buffers (Jython's big-endian tostring).
import array
import binascii
from array import array as A
a = A('i', [1, 2, 3])
print a, repr(A('c', 'abc')), A('d', [1.5, 2]), A('f', [0.1]), A('b'), A('u', u'hi'), A('B', [255]), A('l', [2**40]) if False else '', A('H', (1, 2))
a.append(4); a.extend([5, 6]); a.insert(0, 0); print a, len(a), a[1], a[-1], a[1:3], a.tolist(), a.count(2), a.index(3), a.itemsize, a.typecode, 3 in a
print a.pop(), a.pop(0), a; a.remove(2); a.reverse(); print a, a + A('i', [9]), a * 2, a == A('i', [5, 4, 3, 1]), list(a), sum(a)
a[0] = 50; a[1:3] = A('i', [7, 8, 9]); print a
del a[0]; print a
print repr(A('i', [1, 2]).tostring()), binascii.hexlify(A('h', [1, -2]).tostring()), binascii.hexlify(A('d', [1.0]).tostring())
b = A('i'); b.fromstring('\x01\x00\x00\x00\x02\x00\x00\x00'); print b
b.fromlist([7]); print b, A('c', 'xy').tostring(), A('u', u'ab').tounicode()
for bad in ["A('b', [200])", "A('B', [-1])", "A('i', [1.5])", "A('x')", "A('i', ['a'])", "A('h', [40000])", "A('i').pop()", "A('i',[1]).index(5)", "A('i',[1]).remove(5)", "A('i', [1])[5]", "A('i', [2**31])", "A('I', [2**32])"]:
    try: print bad, eval(bad)
    except Exception, e: print type(e).__name__, e
print array.ArrayType is A, array.array.__name__, A('d', [1, 2]) < A('d', [1, 3]), A('i', [3]) * 0, A('f', [1.1])[0], A('d', [1.1])[0]
