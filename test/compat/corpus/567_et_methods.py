# method='text' and method='html', tostringlist, dump.
import xml.etree.ElementTree as ET
e = ET.fromstring('<p>Hello <b>bold</b> and <i>it</i>.<br/></p>')
print ET.tostring(e, method='text')
print ET.tostring(e, method='html')
print ET.tostringlist(e)
ET.dump(e)
