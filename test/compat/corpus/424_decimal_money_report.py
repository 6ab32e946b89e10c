# An invoice/shift-cost report: money kept in Decimal, rounded to cents with explicit rounding modes.
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, getcontext

CENT = Decimal('0.01')
lines = [('Motor service', '2', '149.995'), ('Filter', '12', '3.3333'), ('Labour (h)', '7.5', '62.50'), ('Discount', '1', '-25.005')]
total = Decimal('0')
for name, qty, price in lines:
    amount = (Decimal(qty) * Decimal(price)).quantize(CENT, rounding=ROUND_HALF_UP)
    total += amount
    print '%-15s %6s x %9s = %10s' % (name, qty, price, amount)
tax = (total * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
print 'subtotal', total, 'tax', tax, 'total', total + tax
print 'per unit', (total / 3).quantize(CENT), (total / 3).quantize(CENT, ROUND_DOWN), (total / 3).quantize(CENT, ROUND_CEILING)
print 'formatted', format(total + tax, ',.2f'), '{0:>12,.2f}'.format(Decimal('1234567.891')), '{0:.1%}'.format(Decimal('0.0825'))
print sum([Decimal('0.10')] * 10), sum([Decimal('19.99'), Decimal('5.01')], Decimal(0)), Decimal('3') * Decimal('0.1') == Decimal('0.3')
print Decimal('1.10') + Decimal('2.205'), Decimal('19.99') * 3, Decimal('10') / Decimal('3'), Decimal('1') / Decimal('8'), Decimal('100') / Decimal('4')
print Decimal('7') // Decimal('2'), Decimal('-7') // Decimal('2'), Decimal('-7') % Decimal('2'), Decimal('7.5') % 2, divmod(Decimal('17.5'), 4)
print repr(Decimal('1.10')), Decimal('0.000001'), Decimal('0.0000001'), Decimal('1E+3'), Decimal('1e3') + 0, Decimal(123), Decimal(-45L), Decimal('  3.50 '), Decimal('-0'), Decimal('0.00')
print Decimal(10) ** 20, Decimal('2') ** -2, Decimal('1.5') ** 2, Decimal(0.1), Decimal(1.5), Decimal('NaN'), Decimal('-Infinity'), Decimal('inf')
print Decimal('1.005').quantize(CENT), Decimal('1.005').quantize(CENT, rounding=ROUND_HALF_UP), Decimal('2.675').quantize(CENT, ROUND_HALF_EVEN), Decimal('-2.5').quantize(Decimal('1'), ROUND_HALF_UP)
print Decimal('1.50') == Decimal('1.5'), Decimal('1.5') == 1.5, Decimal('2') == 2, Decimal('1.1') < Decimal('1.2'), Decimal(3) > 2, cmp(Decimal(1), Decimal('1.00'))
print max(Decimal('1.2'), Decimal('1.10')), sorted([Decimal('3'), Decimal('1.5'), Decimal('2.25')]), hash(Decimal('2.0')) == hash(2)
print float(Decimal('1.25')), int(Decimal('-3.99')), long(Decimal('12345678901234567890.7')), '%.2f' % Decimal('2.675'), '%s|%r' % (Decimal('1.0'), Decimal('1.0'))
print getcontext().prec, getcontext().rounding
