# getpos and get_starttag_text while parsing.
from HTMLParser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        print tag, self.getpos(), self.get_starttag_text()
p = P()
p.feed('<html>\n  <body class="x">\n    <p>text</p>\n  <img src="a"\n   alt="b">\n</body></html>')
p.close()
print p.getpos()
