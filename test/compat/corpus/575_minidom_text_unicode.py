# minidom strings are unicode; entities and character references are resolved.
from xml.dom.minidom import parseString
doc = parseString('<m unit="&#176;C">caf\xc3\xa9 &amp; cr\xc3\xa8me &lt;ok&gt;</m>')
m = doc.documentElement
print repr(m.firstChild.data), repr(m.getAttribute('unit')), repr(m.tagName)
print m.firstChild.data.encode('utf-8')
print doc.toxml('utf-8')
print repr(doc.toxml())
