# Internal DTD entities expand; a billion-laughs document is refused.
import xml.etree.ElementTree as ET
doc = '<!DOCTYPE r [<!ENTITY co "ACME &amp; Sons"><!ENTITY site "&co; (North)">]><r a="&co;">&site; &#169; &lt;</r>'
r = ET.fromstring(doc)
print repr(r.text), repr(r.get('a'))
lol = '<!DOCTYPE lolz [<!ENTITY lol "lol">'
for level in range(1, 10):
    lol += '<!ENTITY lol%d "%s">' % (level, ('&lol%s;' % ('' if level == 1 else level - 1)) * 10)
lol += ']><lolz>&lol9;</lolz>'
try:
    ET.fromstring(lol)
    print 'expanded'
except ET.ParseError as e:
    print 'refused:', e
