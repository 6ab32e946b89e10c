from java.util import Date
d = Date(1795989720000)
print d.getYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds()
print d.getTimezoneOffset()
print d.toGMTString()
