# toprettyxml of a parsed document keeps its whitespace text nodes (Jython's output).
import xml.dom.minidom
doc = xml.dom.minidom.parseString('<a>\n  <b>1</b>\n  <c x="y"><d/></c>\n</a>')
print doc.toprettyxml()
print repr(doc.toprettyxml(indent=' ', newl='\n'))
print doc.toxml()
compact = xml.dom.minidom.parseString('<a><b>1</b><c x="y"><d/></c></a>')
print compact.toprettyxml(indent='    ')
