# datetime.strptime and comparisons.
from datetime import datetime
stamps = ["2024-03-15 08:30:00", "2024-03-14 23:59:59", "2023-12-31 00:00:01"]
parsed = [datetime.strptime(t, "%Y-%m-%d %H:%M:%S") for t in stamps]
for p in sorted(parsed):
    print p, p.strftime("%b %d, %Y")
print parsed[0] - parsed[1], parsed[0] > parsed[2]
print (parsed[0] - parsed[2]).days
print datetime.strptime("15/03/2024", "%d/%m/%Y").date()
print datetime.strptime("Mar 5 2024 7:05PM", "%b %d %Y %I:%M%p")
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError, e:
    print "ValueError:", e
