d = system.date.parse("2026-11-29 22:02:00")
print d, system.date.toMillis(d)
print system.date.format(d, "EEE, MMM d yyyy 'at' h:mm a")
print system.date.format(d, "yyyyMMdd")
print system.date.parse("03/15/2025", "MM/dd/yyyy")
print repr(system.date.format(d, "HH:mm"))
import java.lang
try:
    system.date.parse("garbage")
except java.lang.Exception, e:
    print "bad date:", e.getMessage()
