# xml.sax.parseString with a ContentHandler that collects a table.
import xml.sax
class Rows(xml.sax.ContentHandler):
    def __init__(self):
        xml.sax.ContentHandler.__init__(self)
        self.rows = []
        self.text = []
        self.events = []
    def startDocument(self):
        self.events.append('startDocument')
    def endDocument(self):
        self.events.append('endDocument')
    def startElement(self, name, attrs):
        if name == 'row':
            self.rows.append(dict(attrs.items()))
        self.text = []
    def characters(self, content):
        self.text.append(content)
    def endElement(self, name):
        if name == 'value':
            self.rows[-1]['value'] = ''.join(self.text)
h = Rows()
xml.sax.parseString('<rows><row id="1" name="a"><value>10</value></row><row id="2" name="b"><value>20</value></row></rows>', h)
for r in h.rows:
    print sorted(r.items())
print h.events
