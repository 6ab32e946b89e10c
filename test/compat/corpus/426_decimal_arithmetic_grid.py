# Decimal arithmetic, rounding modes, str/eng forms and format specs over a grid of values.
from decimal import *
D = Decimal
import random
r = random.Random(3)
vals = ['0', '-0', '1', '-1', '0.1', '1.005', '2.675', '-2.5', '123.456', '1E+3', '9.999', '99999.5', '0.000123', '-7.25', '1234567.891', '1e-10', '5', '0.5', '12.3450', '3.14159265358979323846264338327950288']
ops = []
for a in vals:
    for b in vals[:12]:
        x, y = D(a), D(b)
        out = [str(x + y), str(x - y), str(x * y)]
        try: out.append(str(x / y))
        except DecimalException, e: out.append(type(e).__name__)
        try: out.append(str(x // y)); out.append(str(x % y))
        except DecimalException, e: out.append(type(e).__name__)
        out.append(str(cmp(x, y))); out.append(str(x == y))
        print a, b, ' '.join(out)
    for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
        print a, mode, D(a).quantize(D('0.01'), rounding=mode), D(a).quantize(D('1'), rounding=mode), D(a).quantize(D('1E+1'), rounding=mode) if D(a).adjusted() < 20 else ''
    x = D(a)
    print a, repr(x), x.normalize(), x.to_integral_value(), x.adjusted(), x.as_tuple(), -x, +x, abs(x), float(x), int(x), x.to_eng_string(), hash(x) == hash(D(a)), x.sqrt() if x >= 0 else ''
    for spec in ['', ',.2f', '.1%', '.3f', '>12', '<8', '^9.1f', '+.2f', 'e', '.2e', 'E', '.3g', 'g', '010.2f', ',']:
        print repr(format(x, spec)),
    print
for p in [1, 3, 5, 9, 15]:
    with localcontext() as c:
        c.prec = p
        print p, D(1) / D(7), D(2).sqrt(), D('123456.789') * 1, D(10) ** 7 + 0, D(3) ** -3, D('1.1') ** 10
        c.rounding = ROUND_DOWN
        print p, D(2) / D(3), D('-2') / D(3)
print D(2) ** 100, D('0.1') ** 3, D(0) ** 5, D(-2) ** 3
print Context(prec=5, rounding=ROUND_DOWN).divide(D(1), D(3)), Context(prec=4).add(D('1.2345'), 1), Context().quantize(D('1.23456'), D('0.001'))
print D('1e-7'), D('0.00000100'), D('1.0E-6'), D('123E+5'), D('-1.5e-8'), D('12e2').to_eng_string(), D('1.23e-5').to_eng_string(), D('1234e9').to_eng_string()
