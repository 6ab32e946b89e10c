# XMLID, fromstringlist, QName and register_namespace.
import xml.etree.ElementTree as ET
root, ids = ET.XMLID('<r><a id="one">1</a><b id="two">2</b><c>3</c></r>')
print root.tag, sorted(ids.keys()), ids['two'].text
e = ET.fromstringlist(['<x>', '<y>z</y>', '</x>'])
print e.find('y').text
q = ET.QName('urn:plant', 'Motor')
print q.text, str(q), q == '{urn:plant}Motor'
ET.register_namespace('plant', 'urn:plant')
m = ET.Element('{urn:plant}Motor', {'{urn:plant}id': '7'})
print ET.tostring(m)
