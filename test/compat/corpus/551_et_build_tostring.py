# Build a report element tree and serialise it.
import xml.etree.ElementTree as ET
report = ET.Element('report', {'project': 'MyProject'}, version='2')
for name, count in [('billy', 3), ('alice', 1)]:
    user = ET.SubElement(report, 'user', name=name)
    user.text = str(count)
ET.SubElement(report, 'empty')
print ET.tostring(report)
print len(report), [u.get('name') for u in report.iter('user')]
