# iter, getiterator, itertext and children.
import xml.etree.ElementTree as ET
root = ET.fromstring('<r>a<b>b<c>c</c>d</b>e<b>f</b></r>')
print [e.tag for e in root.iter()]
print [e.text for e in root.iter('b')]
print [e.tag for e in root.getiterator('c')]
print list(root.itertext()), ''.join(root.itertext())
print [c.tag for c in root], [c.tag for c in root.getchildren()], [repr(c.tail) for c in root]
print len(root), root[0].tag, root[-1].text, [e.tag for e in root[0:2]]
