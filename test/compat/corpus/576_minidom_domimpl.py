# getDOMImplementation().createDocument, the way many export scripts start.
from xml.dom.minidom import getDOMImplementation
impl = getDOMImplementation()
doc = impl.createDocument(None, 'alarms', None)
top = doc.documentElement
for i, (name, pri) in enumerate([('HighTemp', 'High'), ('LowLevel', 'Low')]):
    a = doc.createElement('alarm')
    a.setAttribute('id', str(i))
    a.setAttribute('priority', pri)
    a.appendChild(doc.createTextNode(name))
    top.appendChild(a)
print doc.toprettyxml(indent='  ')
print [a.firstChild.nodeValue for a in top.getElementsByTagName('alarm')]
