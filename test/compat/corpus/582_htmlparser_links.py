# Collect links and image sources, fed in pieces.
from HTMLParser import HTMLParser
class Links(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.links = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'a' and 'href' in a:
            self.links.append(('a', a['href'], a.get('title')))
        elif tag == 'img':
            self.links.append(('img', a.get('src'), a.get('alt')))
p = Links()
for chunk in ['<div><a hr', 'ef="/a.html" title="A &amp; B">A</a><im', 'g src=b.png alt=\'B\'>',
              '<a href="/c">C</a><A HREF="/D">D</A></div>']:
    p.feed(chunk)
p.close()
for link in p.links:
    print link
