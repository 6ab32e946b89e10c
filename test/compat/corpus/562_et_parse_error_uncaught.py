# An uncaught ParseError ends the script.
import xml.etree.ElementTree as ET
print 'parsing'
ET.fromstring('<config><item></config>')
