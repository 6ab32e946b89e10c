import xmlSource from './xml/__init__.py';
import xmlDocumentSource from './xml/_document.py';
import etreeSource from './xml/etree/__init__.py';
import elementTreeSource from './xml/etree/ElementTree.py';
import cElementTreeSource from './xml/etree/cElementTree.py';
import elementPathSource from './xml/etree/ElementPath.py';
import etreeSerializeSource from './xml/etree/_serialize.py';
import parsersSource from './xml/parsers/__init__.py';
import xmlDomInitSource from './xml/dom/__init__.py';
import xmlDomMinidomSource from './xml/dom/minidom.py';
import xmlDomMinicompatSource from './xml/dom/minicompat.py';
import xmlSaxInitSource from './xml/sax/__init__.py';
import xmlSaxHandlerSource from './xml/sax/handler.py';
import xmlSaxSaxutilsSource from './xml/sax/saxutils.py';
import xmlSaxexceptionsSource from './xml/sax/_exceptions.py';
import xmlSaxreaderSource from './xml/sax/_reader.py';
import htmlparserSource from './HTMLParser.py';
import htmlentitydefsSource from './htmlentitydefs.py';

/**
 * The XML and HTML modules (issue 14), by path under src/lib/ without .py. They replace every module of these
 * names in Skulpt's library (which would otherwise be CPython's text).
 */
export const XML_PYTHON: Record<string, string> = {
  'xml/__init__': xmlSource,
  'xml/_document': xmlDocumentSource,
  'xml/etree/__init__': etreeSource,
  'xml/etree/ElementTree': elementTreeSource,
  'xml/etree/cElementTree': cElementTreeSource,
  'xml/etree/ElementPath': elementPathSource,
  'xml/etree/_serialize': etreeSerializeSource,
  'xml/parsers/__init__': parsersSource,
  'xml/dom/__init__': xmlDomInitSource,
  'xml/dom/minidom': xmlDomMinidomSource,
  'xml/dom/minicompat': xmlDomMinicompatSource,
  'xml/sax/__init__': xmlSaxInitSource,
  'xml/sax/handler': xmlSaxHandlerSource,
  'xml/sax/saxutils': xmlSaxSaxutilsSource,
  'xml/sax/_exceptions': xmlSaxexceptionsSource,
  'xml/sax/_reader': xmlSaxreaderSource,
  HTMLParser: htmlparserSource,
  htmlentitydefs: htmlentitydefsSource,
};
