# Script and style content is data, whatever it contains.
from HTMLParser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print 'start', tag
    def handle_endtag(self, tag): print 'end', tag
    def handle_data(self, data): print 'data', repr(data)
p = P()
p.feed('<script type="text/javascript">if (a < b && c > d) { x = "</b>"; }</script>')
p.feed('<style>p > a { color: red }</style><b>bold</b>')
p.close()
