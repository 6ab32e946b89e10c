# minidom: build a document and serialise it.
from xml.dom.minidom import Document
doc = Document()
root = doc.createElement('report')
root.setAttribute('title', 'Shift A & B')
root.setAttribute('date', '2024-01-01')
doc.appendChild(root)
for name, value in [('count', '3'), ('status', 'ok <fine>')]:
    e = doc.createElement(name)
    e.appendChild(doc.createTextNode(value))
    root.appendChild(e)
root.appendChild(doc.createElement('empty'))
root.appendChild(doc.createComment(' end '))
print doc.toxml()
print doc.toprettyxml(indent='  ')
print root.toxml()
print doc.toxml(encoding='utf-8')
