import calendar

print calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1990, 2030)
print calendar.weekday(2024, 3, 5), calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2024, 12)
print calendar.month_name[3], calendar.month_abbr[12], calendar.day_name[0], calendar.day_abbr[6]
print list(calendar.month_name), list(calendar.day_abbr)
print calendar.monthcalendar(2024, 3)
print calendar.timegm((2024, 3, 5, 14, 7, 9, 0, 0, 0)), calendar.timegm((1970, 1, 1, 0, 0, 0))
print calendar.month(2024, 3)
print calendar.month(2024, 2, 3, 1)
print repr(calendar.month(2021, 2))
print calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError, e:
    print 'IllegalMonthError:', e
try:
    calendar.setfirstweekday(9)
except ValueError, e:
    print 'ValueError:', e

cal = calendar.Calendar(calendar.SUNDAY)
print list(cal.iterweekdays())
print list(cal.itermonthdays(2024, 9))
print list(cal.itermonthdays2(2024, 9))[:9]
print [str(d) for d in cal.itermonthdates(2024, 9)][:3]
print cal.monthdayscalendar(2024, 9)[0]
tc = calendar.TextCalendar(calendar.SUNDAY)
print tc.formatmonth(2024, 9)
print tc.formatweekheader(3)
print tc.formatweekheader(9)
print tc.formatmonthname(2024, 9, 30)

# working days left in a month, the way a shift report counts them
def workdays(year, month):
    return len([d for week in calendar.monthcalendar(year, month) for d in week[:5] if d])
print workdays(2024, 3), workdays(2024, 2)
print calendar.calendar(2024)
