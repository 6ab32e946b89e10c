# xml.parsers: the sandbox provides no expat module; xml.etree, xml.dom.minidom and xml.sax read documents.
