# Every HTMLParser callback, in order.
from HTMLParser import HTMLParser
class Log(HTMLParser):
    def handle_starttag(self, tag, attrs): print 'start', tag, attrs
    def handle_endtag(self, tag): print 'end', tag
    def handle_startendtag(self, tag, attrs): print 'startend', tag, attrs
    def handle_data(self, data): print 'data', repr(data)
    def handle_comment(self, data): print 'comment', repr(data)
    def handle_entityref(self, name): print 'entityref', name
    def handle_charref(self, name): print 'charref', name
    def handle_decl(self, decl): print 'decl', repr(decl)
    def handle_pi(self, data): print 'pi', repr(data)
p = Log()
p.feed('<!DOCTYPE html><HTML lang=en><Head><META charset="utf-8"/></head>')
p.feed('<body onload=\'init()\' hidden><!-- menu --><a href="/x?a=1&amp;b=2">A&nbsp;B &#65;&#x42;</a><br>')
p.feed('<?php echo 1 ?><p>1 < 2 & 3</p></BODY></html>')
p.close()
