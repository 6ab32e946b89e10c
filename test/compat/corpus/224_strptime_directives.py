from datetime import datetime
cases = [('5/3/24', '%d/%m/%y'), ('march 5 70', '%B %d %y'), ('Tue Mar  5 14:07:09 2024', '%a %b %d %H:%M:%S %Y'),
         ('Tue Mar 5 14:07:09 2024', '%c'), ('03/05/24', '%x'), ('14:07:09', '%X'), ('12:30 AM', '%I:%M %p'),
         ('12:30 pm', '%I:%M %p'), ('1:05PM', '%I:%M%p'), ('12', '%I'), ('2024 060', '%Y %j'),
         ('10:11:12.5', '%H:%M:%S.%f'), ('2024-03-05 UTC', '%Y-%m-%d %Z'), ('10%', '%d%%'), ('112', '%d%m'),
         ('2024   3', '%Y %m'), ('Thursday', '%A'), (' 7', '%d'), ('69', '%y'), ('68', '%y')]
for text, fmt in cases:
    d = datetime.strptime(text, fmt)
    print repr(text), repr(fmt), d, d.timetuple()[6:8]
