# The ElementPath subset: find, findall, findtext, iterfind.
import xml.etree.ElementTree as ET
doc = ET.fromstring('''<plant>
  <area name="North"><line id="1"><machine kind="press">P1</machine><machine kind="lathe">L1</machine></line></area>
  <area name="South"><line id="2"><machine kind="press">P2</machine></line><line id="3"/></area>
</plant>''')
print [m.text for m in doc.findall('.//machine')]
print [m.text for m in doc.findall("area/line/machine[@kind='press']")]
print [a.get('name') for a in doc.findall('area[line]')]
print [l.get('id') for l in doc.findall('*/line')]
print doc.find('area/line').get('id'), doc.find('nothing'), doc.findtext('area/line/machine')
print repr(doc.findtext('area/line/missing')), doc.findtext('area/missing', 'default')
print repr(doc.findtext("area[@name='South']/line[@id='3']"))
print [m.text for m in doc.iterfind('.//line/machine')]
print [l.get('id') for l in doc.findall('.//line[@id]')]
print [m.text for m in doc.findall('area/line/machine[1]')], [m.text for m in doc.findall('area/line/machine[last()]')]
print [e.tag for e in doc.findall('area/..')], [e.get('name') for e in doc.findall('.//line/..')]
