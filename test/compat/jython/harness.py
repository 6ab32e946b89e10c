# -*- coding: utf-8 -*-
"""Shared pieces of run_script.py and run_corpus.py (Jython 2.7 only)."""
import sys
import __builtin__

import system_model


def use_jdk_xerces_when_bundled_one_is_missing():
    """Jython's xml parsers (xml.parsers.expat, xml.sax) run on the Xerces that the standalone Jython jar (and
    Ignition's) bundles; Debian's jython package leaves it out. The JDK carries the same parser under its own
    name: point expat at it when the bundled one is missing, so xml.etree and xml.dom.minidom work as there."""
    from java.lang import Exception as JavaException
    from org.xml.sax.helpers import XMLReaderFactory
    try:
        XMLReaderFactory.createXMLReader('org.apache.xerces.parsers.SAXParser')
    except JavaException:
        import xml.parsers.expat as expat
        expat._xerces_parser_name = 'com.sun.org.apache.xerces.internal.parsers.SAXParser'


use_jdk_xerces_when_bundled_one_is_missing()


class Capture(object):
    """Stands in for sys.stdout/sys.stderr: keeps the bytes a real UTF-8 stdout would receive.

    Jython's real stdout (encoding UTF-8) encodes unicode to UTF-8 for both `print` and write(),
    and write() clears softspace, as a real file does.
    """
    encoding = 'UTF-8'
    errors = None
    mode = 'w'
    closed = False

    def __init__(self, name):
        self.name = name
        self.softspace = 0
        self.parts = []

    def write(self, s):
        self.softspace = 0
        if isinstance(s, unicode):
            s = s.encode('utf-8')
        self.parts.append(str(s))

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        return ''.join(self.parts)


def fresh_namespace(path):
    return {'__name__': '__main__', '__file__': path, '__doc__': None, '__builtins__': __builtin__}


def exit_code_of(system_exit, stdout):
    """What Jython's launcher does with an uncaught SystemExit; returns the exit code.

    Unlike CPython (stderr), Jython 2.7 prints a non-integer exit value to STDOUT, as a
    `print` statement would (softspace included): `print "a",; sys.exit("m")` gives "a m\n".
    """
    code = system_exit.code
    if code is None:
        return 0
    if isinstance(code, (int, long)):
        return int(code)
    print >>stdout, code
    return 1


def display_exception(exc_info, stderr):
    """Print a traceback exactly as Jython does for an uncaught exception."""
    from org.python.core import Py
    etype, value, tb = exc_info
    Py.displayException(etype, value, tb, stderr)


def last_line(text):
    lines = [l for l in text.split('\n') if l.strip()]
    return lines[-1] if lines else None
