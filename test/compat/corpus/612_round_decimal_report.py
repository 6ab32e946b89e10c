from decimal import Decimal
prices = [Decimal('19.995'), Decimal('5.125'), Decimal('100'), Decimal('0.333')]
total = sum(prices, Decimal('0'))
for p in prices:
    print '%-10s %s' % (p, round(p, 1))
print 'total', total, round(total, 2)
