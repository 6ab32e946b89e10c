# A dataset-like table to XML and back, with numbers formatted.
import xml.etree.ElementTree as ET
rows = [('Press 1', 98.5, 3), ('Lathe', 71.25, 0), ('Mill & Drill', 100.0, 12)]
table = ET.Element('table', columns='name,oee,faults')
for name, oee, faults in rows:
    ET.SubElement(table, 'row', name=name, oee='%.1f' % oee, faults=str(faults))
text = ET.tostring(table)
print text
parsed = ET.fromstring(text)
total = sum(int(r.get('faults')) for r in parsed.findall('row'))
best = max(parsed.findall('row'), key=lambda r: float(r.get('oee')))
print total, best.get('name'), ['%s=%s' % (r.get('name'), r.get('oee')) for r in parsed]
