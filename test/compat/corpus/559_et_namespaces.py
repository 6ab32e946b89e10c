# Namespaces: {uri}tag on reading, ns0 prefixes on writing, find with a prefix map.
import xml.etree.ElementTree as ET
doc = ET.fromstring('''<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="urn:plant">
<soap:Body><m:Reading m:unit="C" quality="good"><m:Value>21.5</m:Value></m:Reading></soap:Body></soap:Envelope>''')
print doc.tag
body = doc[0]
print body.tag, body[0].tag, sorted(body[0].attrib.items())
ns = {'soap': 'http://schemas.xmlsoap.org/soap/envelope/', 'm': 'urn:plant'}
print doc.find('soap:Body/m:Reading/m:Value', ns).text
print doc.findtext('{http://schemas.xmlsoap.org/soap/envelope/}Body/{urn:plant}Reading/{urn:plant}Value')
print ET.tostring(body[0])
d = ET.fromstring('<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>')
print d.tag, d[0].tag
print ET.tostring(d)
