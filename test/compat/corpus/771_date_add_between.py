d = system.date.getDate(2024, 0, 31)
print d
for name in ["addMillis", "addSeconds", "addMinutes", "addHours", "addDays", "addWeeks", "addMonths", "addYears"]:
    print name, getattr(system.date, name)(d, 1), getattr(system.date, name)(d, -2)
e = system.date.fromMillis(1795989723456)
for name in ["millisBetween", "secondsBetween", "minutesBetween", "hoursBetween", "daysBetween", "weeksBetween",
             "monthsBetween", "yearsBetween"]:
    print name, getattr(system.date, name)(d, e), getattr(system.date, name)(e, d)
print system.date.daysBetween(system.date.getDate(2024, 1, 28), system.date.getDate(2024, 2, 1))
print system.date.monthsBetween(system.date.getDate(2024, 0, 31), system.date.getDate(2024, 1, 29))
