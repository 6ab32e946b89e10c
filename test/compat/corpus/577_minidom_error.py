# A malformed document in minidom raises an exception naming the problem.
from xml.dom import minidom
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print type(e).__name__, e.getMessage()
print 'done'
