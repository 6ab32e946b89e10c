# -*- coding: utf-8 -*-
# The encoding argument of tostring and non-ASCII text.
import xml.etree.ElementTree as ET
e = ET.Element('site', name=u'Zürich')
e.text = u'caf\xe9 \u20ac'
print ET.tostring(e)
print ET.tostring(e, 'utf-8')
print ET.tostring(e, encoding='UTF-8')
print ET.tostring(e, encoding='iso-8859-1').splitlines()[0]
print repr(ET.tostring(e, 'us-ascii'))
parsed = ET.fromstring('<a>caf\xc3\xa9</a>')
print repr(parsed.text), repr(ET.fromstring('<a>plain</a>').text)
