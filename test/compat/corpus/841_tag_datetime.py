# DateTime tags hold java.util.Date values.
from java.util import Date
qv = system.tag.readBlocking(['Line1/LastStop'])[0]
print type(qv.value).__name__, qv.value, qv.value.getTime()
print system.date.format(qv.value, 'yyyy-MM-dd HH:mm')
stop = system.date.addHours(qv.value, 3)
print system.tag.writeBlocking(['Line1/LastStop'], [stop])
print system.tag.readBlocking(['Line1/LastStop'])[0].value
print system.tag.writeBlocking(['Line1/LastStop'], [0]), system.tag.readBlocking(['Line1/LastStop'])[0].value.getTime()
print system.tag.writeBlocking(['Line1/LastStop'], ['yesterday'])
print system.tag.writeBlocking(['Line1/Label'], [Date(86400000)]), system.tag.readBlocking(['Line1/Label'])[0].value
