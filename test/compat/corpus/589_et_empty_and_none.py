# Empty elements, empty text and missing values.
import xml.etree.ElementTree as ET
e = ET.Element('a')
print ET.tostring(e)
e.text = ''
print ET.tostring(e)
e.text = '0'
print ET.tostring(e)
x = ET.fromstring('<a><b/><c></c><d> </d></a>')
print [repr(c.text) for c in x], [ET.tostring(c) for c in x]
print bool(len(x)), len(x[0]), x.find('b') is not None
