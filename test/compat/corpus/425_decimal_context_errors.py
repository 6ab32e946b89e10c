from decimal import *

D = Decimal
getcontext().prec = 6
print D(1) / D(7), D('123456789') + 0, D('123456789'), +D('123456789'), D('1.23456789') * 1
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print D(2) / D(3), D('3.14159') * 1, getcontext().prec
print D(2) / D(3), getcontext().prec
for p in [1, 3, 5, 9, 15]:
    with localcontext() as c:
        c.prec = p
        print p, D(1) / D(7), D(2).sqrt(), D('123456.789') * 1, D(10) ** 7 + 0, D(3) ** -3, D('1.1') ** 10
        c.rounding = ROUND_DOWN
        print p, D(2) / D(3), D('-2') / D(3)
print D('1.20').normalize(), D('100').normalize(), D('0.00').normalize(), D('123.456').as_tuple(), D('1.2e5').adjusted()
print D('12.5').to_integral_value(), D('13.5').to_integral(), D('2').sqrt(), D('0.25').sqrt(), D(2) ** 100, D('0.1') ** 3
print abs(D('-1.5')), -D('1.5'), D('-0.0') + 0, D(5).is_zero(), D('1.5').is_signed(), D('1.0').copy_sign(D('-2')), D('NaN').is_nan()
print D('12.345').quantize(D('0.01'), rounding=ROUND_HALF_UP), D((0, (1, 4, 1), -2)), D(0).compare(D(1)), D('1.2').max(D('1.10'))
print Context(prec=5, rounding=ROUND_DOWN).divide(D(1), D(3)), Context(prec=4).add(D('1.2345'), 1), Context().quantize(D('1.23456'), D('0.001'))
print D('1e-7'), D('0.00000100'), D('1.0E-6'), D('123E+5'), D('-1.5e-8'), D('12e2').to_eng_string(), D('1.23e-5').to_eng_string(), D('1234e9').to_eng_string()
for expr in ["D('x')", "D(1) / 0", "D(0) / 0", "D('1.5') + 1.5", "D(1).quantize(D('1e-30'))", "D(5) // 0", "D(-4).sqrt()"]:
    try:
        print expr, eval(expr)
    except Exception, e:
        print type(e).__name__, e
print issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, DecimalException), issubclass(DecimalException, ArithmeticError)
try:
    D(1) / D(0)
except ZeroDivisionError, e:
    print 'caught as ZeroDivisionError:', e
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print '%-16s' % mode, ' '.join(str(D(v).quantize(D('0.1'), rounding=mode)) for v in ['1.25', '1.35', '-1.25', '1.251', '-1.05', '1.01', '0.05'])
