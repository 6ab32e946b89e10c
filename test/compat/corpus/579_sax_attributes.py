# SAX attributes objects and saxutils escaping.
import xml.sax
from xml.sax.saxutils import escape, unescape, quoteattr
class H(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs):
        print name, attrs.getLength(), sorted(attrs.getNames()), attrs.get('x'), 'y' in attrs
        for n in sorted(attrs.keys()):
            print ' ', n, repr(attrs.getValue(n)), repr(attrs[n])
xml.sax.parseString('<a x="1" y="&lt;2&gt;"><b/></a>', H())
print escape('a < b & c > d'), unescape('&lt;x&gt; &amp; y')
print quoteattr('plain'), quoteattr('say "hi"'), quoteattr('it\'s "x"'), escape('x"y', {'"': '&quot;'})
