# xml.etree: ElementTree (and cElementTree, the same classes, as in Jython).
