# int and long.
import sys
print sys.maxint, type(sys.maxint).__name__
print sys.maxint + 1, type(sys.maxint + 1).__name__
print repr(sys.maxint + 1)
print 2 ** 31, type(2 ** 31).__name__
print 2 ** 62, type(2 ** 62).__name__
print 10 ** 20, repr(10 ** 20), type(10 ** 20).__name__
print 5L, repr(5L), type(5L).__name__
print long(7), int(5L), type(int(5L)).__name__
print -sys.maxint - 1, type(-sys.maxint - 1).__name__
print 3 * 10 ** 9 // 1000, type(3 * 10 ** 9 // 1000).__name__
print hex(255), hex(2 ** 40), oct(8), oct(8L)
print int("123"), long("99999999999999999999")
