import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { output, py, REPO_ROOT } from '../helpers.js';

// The xml package reads documents only from strings and file-like objects, and never expands entities without bound.
describe('xml modules stay inside the sandbox', () => {
  it('parse(filename) in ElementTree, minidom, sax and iterparse fails as open() does', async () => {
    const text = await output(py`
      import xml.etree.ElementTree as ET, xml.dom.minidom as M, xml.sax
      def refused(call):
          try:
              call()
          except IOError as e:
              return str(e)
      print refused(lambda: open('/etc/passwd'))
      print refused(lambda: ET.parse('/etc/passwd'))
      print refused(lambda: M.parse('/etc/passwd'))
      print refused(lambda: xml.sax.parse('/etc/passwd', xml.sax.ContentHandler()))
      print refused(lambda: ET.iterparse('/etc/passwd'))
    `);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toContain('file access is not available in the sandbox');
    expect(new Set(lines).size).toBe(1);
  });

  it('never reads an external entity: a SYSTEM entity is an undeclared one', async () => {
    const text = await output(py`
      import xml.etree.ElementTree as ET
      try:
          ET.fromstring('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>')
      except ET.ParseError as e:
          print e
    `);
    expect(text).toBe('undefined entity: line 1, column 57\n');
  });

  it('refuses exponential and quadratic entity expansion with the JDK limits', async () => {
    const text = await output(py`
      import xml.etree.ElementTree as ET
      from xml.dom import minidom
      deep = '<!DOCTYPE d [<!ENTITY e0 "ha">'
      for level in range(1, 30):
          deep += '<!ENTITY e%d "&e%d;&e%d;">' % (level, level - 1, level - 1)
      deep += ']><d>&e29;</d>'
      wide = '<!DOCTYPE w [<!ENTITY big "%s">]><w>%s</w>' % ('x' * 100000, '&big;' * 200)
      recursive = '<!DOCTYPE r [<!ENTITY a "&b;"><!ENTITY b "&a;">]><r>&a;</r>'
      for doc in (deep, wide, recursive):
          for parse in (ET.fromstring, minidom.parseString):
              try:
                  parse(doc)
                  print 'expanded'
              except Exception as e:
                  message = e.getMessage() if hasattr(e, 'getMessage') else str(e)
                  print type(e).__name__, message[:28]
    `);
    expect(text).toBe([
      'ParseError JAXP00010001: The parser has',
      'SAXParseException JAXP00010001: The parser has',
      'ParseError JAXP00010004: The accumulate',
      'SAXParseException JAXP00010004: The accumulate',
      'ParseError Recursive entity reference "',
      'SAXParseException Recursive entity reference "',
      '',
    ].join('\n'));
  });

  it('keeps the licence of the bundled sax package', () => {
    const notices = readFileSync(`${REPO_ROOT}THIRD_PARTY_NOTICES`, 'utf8');
    expect(notices).toMatch(/^sax \d+\.\d+\.\d+ \(BlueOak-1\.0\.0\)$/m);
  });
});
