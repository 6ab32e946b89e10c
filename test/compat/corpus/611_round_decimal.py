from decimal import Decimal
print round(Decimal('2.675'), 2)
print round(Decimal('2.5')), round(Decimal('-2.5'))
print round(Decimal('1.005'), 2), round(Decimal('-3.14159'), 3), round(Decimal('123.456'), -1)
print type(round(Decimal('7'))).__name__
