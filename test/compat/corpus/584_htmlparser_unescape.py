# HTMLParser.unescape and HTMLParseError.
from HTMLParser import HTMLParser, HTMLParseError
p = HTMLParser()
for s in ['plain', '&lt;b&gt; &amp; &quot;q&quot;', '&#39;&#x27;&apos;', '&eacute;t&eacute; &copy; 2024', '&nosuch; &#xZZ;']:
    print repr(p.unescape(s))
e = HTMLParseError('malformed start tag', (3, 7))
print str(e), e.msg, e.lineno, e.offset
print str(HTMLParseError('no position'))
print isinstance(e, Exception)
