from java.text import SimpleDateFormat
from java.util import Date
d = Date(1795989723456)
for p in ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "EEE, d MMM yyyy", "EEEE MMMM dd, yy",
          "hh:mm a", "h 'o''clock' a", "D 'day of year'", "MM/dd/yyyy", "yyyyMMdd_HHmmss", "z zzzz", "X XX XXX",
          "k K H h", "w W F u", "G yyyy", "S SS SSS", "M MM MMM MMMM", "''"]:
    print "%-28s %s" % (p, SimpleDateFormat(p).format(d))
print SimpleDateFormat("yyyy-MM-dd").toPattern()
