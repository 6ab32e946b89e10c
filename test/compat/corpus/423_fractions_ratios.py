from fractions import Fraction, gcd
import fractions

print Fraction(3, 4), repr(Fraction(6, -8)), Fraction('3/4'), Fraction(' -1.25 '), Fraction('7'), Fraction('1e-2'), Fraction(0.5), Fraction(1.1)
print Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) - 1, 2 * Fraction(3, 4), Fraction(3, 4) / 3, 1 / Fraction(2, 5), Fraction(1, 3) + 0.5
print Fraction(-7, 2) // 2, Fraction(7, 2) % 1, Fraction(2, 3) ** 2, Fraction(4, 9) ** -1, Fraction(4) ** 0.5, 2 ** Fraction(1, 2), -Fraction(1, 2), abs(Fraction(-1, 2)), +Fraction(1, 2)
print Fraction(1, 3) < Fraction(1, 2), Fraction(1, 2) == 0.5, Fraction(2, 1) == 2, Fraction(1, 3) > 0.3, cmp(Fraction(1, 2), Fraction(2, 4)), hash(Fraction(2, 1)) == hash(2), hash(Fraction(1, 2)) == hash(0.5)
print Fraction('3.1415926535897932').limit_denominator(1000), Fraction(1.1).limit_denominator(), Fraction(3, 4).numerator, Fraction(3, 4).denominator
print float(Fraction(1, 3)), int(Fraction(-7, 2)), long(Fraction(7, 2)), Fraction.from_float(0.25), Fraction.from_float(3)
print gcd(12, 18), gcd(-12, 18), gcd(12, -18), gcd(0, 5), bool(Fraction(0)), sorted([Fraction(1, 2), Fraction(1, 3), 0.4])
print fractions.Fraction(Fraction(1, 2)), Fraction(Fraction(1, 2), Fraction(1, 3)), str(Fraction(-1, 3)), '%s' % Fraction(5, 10)
for bad in ['1/0', 'x', '1/2/3', '', '1.2/3']:
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError), e:
        print type(e).__name__, e
try:
    Fraction(1, 0)
except ZeroDivisionError, e:
    print 'ZeroDivisionError', e
try:
    Fraction(1.5, 2)
except TypeError, e:
    print 'TypeError', e
print Fraction(1, 3).conjugate(), Fraction(1, 3).real, Fraction(1, 3).imag, Fraction(7, 3).__trunc__(), Fraction(10 ** 20, 3)
print Fraction(22, 7) * 1.0, divmod(Fraction(7, 2), 1), Fraction(355, 113) - Fraction('3.14159')
# A yield report: good parts over total, kept exact until printed.
counts = [(97, 100), (45, 50), (300, 320)]
total = sum(Fraction(g, t) for g, t in counts) / len(counts)
print total, '%.4f' % float(total), total.limit_denominator(100), max(Fraction(g, t) for g, t in counts)
print Fraction(2 ** 40, 3 ** 20), Fraction(-1, 3) < -0.3, Fraction(1, 3) == Fraction(2, 6), Fraction(1, 2) != 0.5
