# Old-style and new-style class differences.
class O:
    x = 1
class N(object):
    x = 1
o, n = O(), N()
print type(o).__name__, type(n).__name__
print o.__class__ is O, n.__class__ is N, type(n) is N, type(o) is O
print isinstance(o, O), isinstance(n, object), isinstance(o, object)
print O.__name__, N.__name__, N.__bases__[0].__name__, O.__bases__
print hasattr(n, "__dict__"), sorted(vars(o).keys()), o.x, n.x
o.y = 2
print o.y, o.__dict__
class P(O): pass
print [c.__name__ for c in P.__bases__], issubclass(P, O)
print N.__mro__ == (N, object)
