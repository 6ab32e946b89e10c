# Sessions as XML, the way a gateway script exports them.
import xml.etree.ElementTree as ET
root = ET.Element('sessions')
for s in sorted(system.perspective.getSessionInfo(), key=lambda s: s['id'])[:5]:
    e = ET.SubElement(root, 'session', id=s['id'], user=s['username'])
    ET.SubElement(e, 'project').text = s['project']
    ET.SubElement(e, 'scope').text = s['sessionScope']
print ET.tostring(root)
back = ET.fromstring(ET.tostring(root))
print [(e.get('id'), e.findtext('scope')) for e in back]
