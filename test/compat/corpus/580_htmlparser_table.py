# Scrape a table from an HTML page with HTMLParser.
from HTMLParser import HTMLParser
PAGE = '''<html><body><h1>Status</h1>
<table id="t"><tr><th>Machine</th><th>State</th></tr>
<tr><td>Press 1</td><td class="ok">Running</td></tr>
<tr><td>Lathe &amp; Mill</td><td class="bad">Stopped</td></tr></table></body></html>'''
class TableParser(HTMLParser):
    def __init__(self):
        HTMLParser.__init__(self)
        self.rows = []
        self.cell = None
    def handle_starttag(self, tag, attrs):
        if tag == 'tr':
            self.rows.append([])
        elif tag in ('td', 'th'):
            self.cell = []
    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None:
            self.rows[-1].append(''.join(self.cell).strip())
            self.cell = None
    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)
    def handle_entityref(self, name):
        if self.cell is not None:
            self.cell.append(self.unescape('&%s;' % name))
p = TableParser()
p.feed(PAGE)
p.close()
for row in p.rows:
    print ' | '.join(row)
