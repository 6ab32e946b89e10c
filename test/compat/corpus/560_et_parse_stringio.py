# ElementTree.parse of a file-like object, and ElementTree.write.
import xml.etree.ElementTree as ET
from StringIO import StringIO
tree = ET.parse(StringIO('<recipes><recipe name="A"><step>mix</step></recipe><recipe name="B"/></recipes>'))
root = tree.getroot()
print root.tag, [r.get('name') for r in tree.findall('recipe')], tree.findtext('recipe/step')
print [e.tag for e in tree.iter()]
out = StringIO()
tree.write(out)
print out.getvalue()
out = StringIO()
tree.write(out, encoding='utf-8', xml_declaration=True)
print out.getvalue()
out = StringIO()
tree.write(out, encoding='iso-8859-1')
print out.getvalue()
