# iterparse over a StringIO: start and end events, streaming a report.
import xml.etree.ElementTree as ET
from StringIO import StringIO
data = '<log><entry level="INFO">started</entry><entry level="WARN">slow</entry><entry level="ERROR">down</entry></log>'
for event, elem in ET.iterparse(StringIO(data)):
    print event, elem.tag, elem.text
counts = {}
for event, elem in ET.iterparse(StringIO(data), events=('start', 'end')):
    if event == 'start' and elem.tag == 'entry':
        counts[elem.get('level')] = counts.get(elem.get('level'), 0) + 1
print sorted(counts.items())
it = ET.iterparse(StringIO('<a xmlns:x="urn:x"><x:b/></a>'), events=('start-ns', 'start', 'end', 'end-ns'))
for event, item in it:
    print event, item if event.endswith('-ns') else item.tag
print it.root.tag
