# attrib, get, set, keys, items.
import xml.etree.ElementTree as ET
e = ET.fromstring('<alarm name="HighTemp" priority="High" active="true"/>')
print sorted(e.keys()), sorted(e.items())
print e.get('priority'), e.get('missing'), e.get('missing', 'none')
e.set('priority', 'Critical')
e.set('ack', 'false')
e.attrib['shelved'] = 'no'
print sorted(e.attrib.items())
del e.attrib['active']
print ET.tostring(e)
print 'name' in e.attrib, e.attrib.get('ack')
