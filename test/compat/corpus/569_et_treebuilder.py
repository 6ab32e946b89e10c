# TreeBuilder and XMLParser with a custom target.
import xml.etree.ElementTree as ET
b = ET.TreeBuilder()
b.start('root', {'v': '1'})
b.data('text')
b.start('child', {})
b.end('child')
b.data('tail')
b.end('root')
print ET.tostring(b.close())
class Depth(object):
    def __init__(self):
        self.depth = 0
        self.max = 0
        self.tags = []
    def start(self, tag, attrib):
        self.depth += 1
        self.max = max(self.max, self.depth)
        self.tags.append(tag)
    def end(self, tag):
        self.depth -= 1
    def data(self, text):
        pass
    def close(self):
        return self.max, self.tags
p = ET.XMLParser(target=Depth())
p.feed('<a><b><c/></b>')
p.feed('<d/></a>')
print p.close()
