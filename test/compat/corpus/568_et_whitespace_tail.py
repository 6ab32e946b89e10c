# Whitespace, CRLF line ends and CDATA sections.
import xml.etree.ElementTree as ET
e = ET.fromstring('<a>\r\n  <b>x\r\ny</b>\r\n  <c><![CDATA[if a < b && c > d]]></c>\n</a>')
print repr(e.text), repr(e[0].text), repr(e[0].tail), repr(e[1].text)
print ET.tostring(e)
e = ET.fromstring('<a>  </a>')
print repr(e.text), ET.tostring(e)
