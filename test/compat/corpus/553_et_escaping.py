# Escaping of text and attribute values.
import xml.etree.ElementTree as ET
e = ET.Element('note', title='Tom & "Jerry" <cat>', multi='a\nb')
e.text = 'x < y && y > z "quoted" \'single\''
child = ET.SubElement(e, 'c')
child.tail = ' after & <'
print ET.tostring(e)
print ET.fromstring(ET.tostring(e)).get('title')
print repr(ET.fromstring(ET.tostring(e)).get('multi'))
