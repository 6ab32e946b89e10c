# xml.etree.cElementTree: in Jython, the same module as xml.etree.ElementTree.
from xml.etree.ElementTree import *
from xml.etree.ElementTree import VERSION, XMLID, XMLParser, XMLTreeBuilder, iselement, iterparse
