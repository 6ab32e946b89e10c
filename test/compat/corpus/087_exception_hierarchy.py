# Catching by base class.
tests = [
    lambda: {}["k"],
    lambda: [][1],
    lambda: 1 / 0,
    lambda: int("x"),
    lambda: None.foo,
    lambda: undefined_name,
    lambda: "a" + 1,
    lambda: 1.0 / 0,
    lambda: 10 % 0,
    lambda: [].pop(),
]
for t in tests:
    try:
        t()
    except LookupError, e:
        print "LookupError", type(e).__name__, e
    except ArithmeticError, e:
        print "ArithmeticError", type(e).__name__, e
    except StandardError, e:
        print "StandardError", type(e).__name__, e
print issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StandardError, Exception)
