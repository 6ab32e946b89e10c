# time.strftime('%j') is the calendar day of the year at every hour, midnight included.
import time
for t in [(2020, 3, 5, 0, 0, 0, 3, 65, 0), (2020, 3, 5, 0, 30, 0, 3, 65, 0), (2020, 3, 5, 23, 59, 59, 3, 65, 0),
          (2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 5, 0, 3, 366, 0), (2019, 12, 31, 12, 0, 0, 1, 365, 0)]:
    print time.strftime('%Y-%m-%d %H:%M %j', t), time.strftime('%%j=%j', t)
import datetime
print datetime.datetime(2020, 3, 5, 0, 30).strftime('%j'), datetime.date(2020, 12, 31).strftime('%j')
