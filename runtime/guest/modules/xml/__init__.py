# The xml package of the sandbox: etree (ElementTree), dom (minidom) and sax, over one tokenizer (_psxml, the
# `sax` npm package in strict mode) that reads documents as Jython's Xerces-based parsers do.
