# Parse a tag-provider config snippet and report its tags.
import xml.etree.ElementTree as ET
CONFIG = '''<?xml version="1.0" encoding="UTF-8"?>
<provider name="default">
  <tag path="Line1/Motor" type="Int4" enabled="true">42</tag>
  <tag path="Line1/Valve" type="Boolean" enabled="false">1</tag>
  <tag path="Line2/Temp" type="Float8">21.5</tag>
</provider>'''
root = ET.fromstring(CONFIG)
print root.tag, root.get('name'), len(root)
for tag in root.findall('tag'):
    print '%-12s %-8s %-6s %s' % (tag.get('path'), tag.get('type'), tag.get('enabled', 'n/a'), tag.text)
print repr(root.text), repr(root[0].tail), repr(root[-1].tail)
