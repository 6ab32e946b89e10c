# minidom: parse a config and walk it.
from xml.dom import minidom
doc = minidom.parseString('''<?xml version="1.0"?>
<devices>
  <device name="PLC1" ip="10.0.0.5"><tag>Speed</tag><tag>Temp</tag></device>
  <device name="PLC2" ip="10.0.0.6"/>
</devices>''')
root = doc.documentElement
print root.tagName, root.nodeType, doc.nodeType
for d in doc.getElementsByTagName('device'):
    tags = [t.firstChild.data for t in d.getElementsByTagName('tag')]
    print d.getAttribute('name'), d.getAttribute('ip'), tags, repr(d.getAttribute('port'))
print len(root.childNodes), [n.nodeType for n in root.childNodes]
print repr(root.firstChild.nodeValue), root.childNodes[1].nodeName, root.lastChild.nodeName
