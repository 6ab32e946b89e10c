# Shift report windows: first/last day of month, replace, combine.
from datetime import datetime, date, timedelta, time
now = datetime(2024, 3, 15, 14, 45, 30, 123000)
print now.replace(hour=0, minute=0, second=0, microsecond=0)
first = now.replace(day=1)
print first.date(), (first - timedelta(days=1)).date()
print datetime.combine(date(2024, 3, 15), time(6, 0)), now.microsecond
shifts = [("A", 6), ("B", 14), ("C", 22)]
for name, h in shifts:
    st = datetime.combine(now.date(), time(h))
    print name, st.strftime("%H:%M"), (st + timedelta(hours=8)).strftime("%a %H:%M")
print date(2024, 3, 15).toordinal(), date.fromordinal(738960), date(2024, 3, 15).timetuple()[:3]
print (date(2024, 12, 25) - date(2024, 3, 15)).days
print now.strftime("%%Y=%Y %%f=%f")
