d = system.date.fromMillis(1795989723456)
for name in ["getYear", "getMonth", "getQuarter", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHour12",
             "getHour24", "getMinute", "getSecond", "getMillis", "getAMorPM"]:
    print name, getattr(system.date, name)(d)
noon = system.date.setTime(d, 12, 0, 0)
print noon, system.date.getHour12(noon), system.date.getAMorPM(noon)
print system.date.setDate(d, 2020, 1, 29)
print system.date.midnight(d)
