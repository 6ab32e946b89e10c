# Floor division and divmod with infinities; a zero divisor always raises first.
inf = float('inf')
print inf // 1, -inf // 1, inf // 2.0, inf // -3, repr(divmod(inf, 2.0)), inf % 2.0
for expr in ["inf // 0", "inf % 0", "divmod(inf, 0)", "1.0 // 0", "float('nan') // 0", "-inf // 0.0", "divmod(-inf, 0L)"]:
    try:
        print expr, eval(expr)
    except ZeroDivisionError, e:
        print expr, 'ZeroDivisionError:', e
print 7.5 // 2, -7.5 // 2, divmod(-7.5, 2)
print inf // 0
