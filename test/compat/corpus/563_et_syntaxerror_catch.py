# ParseError is a SyntaxError: scripts catch either.
import xml.etree.ElementTree as ET
try:
    ET.fromstring('<a')
except SyntaxError as e:
    print type(e).__name__, isinstance(e, ET.ParseError), e
try:
    ET.fromstring('<a>&bogus;</a>')
except Exception as e:
    print e, e.code, e.position
