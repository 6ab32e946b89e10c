# xml.etree.cElementTree is there too, with the same classes.
import xml.etree.cElementTree as ET
import xml.etree.ElementTree as PET
e = ET.fromstring('<a><b>1</b></a>')
print e.find('b').text, ET.tostring(e)
print ET.Element is PET.Element, ET.ParseError is PET.ParseError, ET.VERSION
