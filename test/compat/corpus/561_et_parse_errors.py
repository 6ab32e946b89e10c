# ParseError for malformed documents: Jython's messages and positions.
import xml.etree.ElementTree as ET
bad = ['<a><b></a>', '<a>', '', '<a b=1/>', '<a>&nbsp;</a>', '<a></a><b/>', 'just text', '<a>text</a>junk',
       '<r>\n  <x>\n  </y>\n</r>', '<a x="1" x="2"/>', '<a b>', '<p:x/>', '<a><!-- a -- b --></a>']
for text in bad:
    try:
        ET.fromstring(text)
        print repr(text), 'parsed'
    except ET.ParseError as e:
        print repr(text), '->', e, e.position
