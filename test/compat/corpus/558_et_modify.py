# Modifying a parsed tree: remove, insert, append, clear, extend.
import xml.etree.ElementTree as ET
root = ET.fromstring('<list><i>1</i><i>2</i><i>3</i></list>')
root.remove(root[1])
new = ET.Element('i'); new.text = '1.5'
root.insert(1, new)
root.append(ET.Element('end'))
more = [ET.Element('x'), ET.Element('y')]
root.extend(more)
print ET.tostring(root)
root[0].clear()
print ET.tostring(root)
root[0] = ET.Element('first', n='0')
del root[-1]
print ET.tostring(root)
c = root.copy()
print c.tag, len(c)
