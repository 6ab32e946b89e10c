import { describe, expect, it } from 'vitest';
import { output, run } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py, UTF-8 stdout) from the same source.
describe('str is bytes, unicode is text (Skulpt patch 0014, output-bytes.ts, codecs.ts)', () => {
  it('a non-ASCII str literal is its UTF-8 bytes; printing bytes or unicode shows the text', async () => {
    const source = "# -*- coding: utf-8 -*-\nimport sys\nprint u'é', 'é', len('é'), len(u'é'), repr('é'), repr('\\u00e9'), repr('\\101')\nsys.stdout.write('é\\n')\nsys.stdout.write(u'é\\n')\nsys.stdout.write('\\xc3')\nsys.stdout.write('\\xa9\\n')\nprint '%5s|' % 'é'\nprint u'jos\\xe9'.encode('utf-8')\n";
    expect(await output(source)).toBe("é é 2 1 '\\xc3\\xa9' '\\\\u00e9' 'A'\né\né\né\n   é|\njosé\n");
  });

  it('encode/decode: types, codecs, handlers and messages', async () => {
    const exprs = [
      'str(u"\\xe9\\xe9x")', '"{0}".format(u"jos\\xe9")', 'type("{0}".format(u"a"))', '"caf\\xc3\\xa9" + u"!"',
      'u"jos\\xe9".encode("ascii")', '"\\xff".decode("utf-8")', '"ab\\xc3".decode("utf-8")', '"\\xe9".encode("utf-8")',
      'u"jos\\xe9".encode("latin-1")', 'type("abc".decode("ascii"))', 'u"\\u65e5".encode("ascii","backslashreplace")',
      'u"\\xe9".encode("ascii","xmlcharrefreplace")', '"\\xe9\\xff".decode("utf-8","replace")', 'u"a".encode("foo")',
      'unicode("\\xc3\\xa9")', 'unicode("\\xc3\\xa9", "utf-8")', '", ".join(["\\xc3", u"a"])', 'unichr(233)',
      'u"\\u65e5".encode("latin-1")',
    ];
    const source = `for expr in [${exprs.map((e) => `'${e.replace(/\\/g, '\\\\')}'`).join(', ')}]:\n    try:\n        print expr, '->', repr(eval(expr))\n    except Exception, e:\n        print expr, '!!', type(e).__name__, e\n`;
    expect(await output(source)).toBe([
      `str(u"\\xe9\\xe9x") -> str(u"\\xe9\\xe9x") !! UnicodeEncodeError 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)`,
      `"{0}".format(u"jos\\xe9") -> "{0}".format(u"jos\\xe9") !! UnicodeEncodeError 'ascii' codec can't encode character u'\\xe9' in position 3: ordinal not in range(128)`,
      `type("{0}".format(u"a")) -> <type 'str'>`,
      `"caf\\xc3\\xa9" + u"!" -> "caf\\xc3\\xa9" + u"!" !! UnicodeDecodeError 'ascii' codec can't decode byte 0xc3 in position 3: ordinal not in range(128)`,
      `u"jos\\xe9".encode("ascii") -> u"jos\\xe9".encode("ascii") !! UnicodeEncodeError 'ascii' codec can't encode character u'\\xe9' in position 3: ordinal not in range(128)`,
      `"\\xff".decode("utf-8") -> "\\xff".decode("utf-8") !! UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: unexpected code byte`,
      `"ab\\xc3".decode("utf-8") -> "ab\\xc3".decode("utf-8") !! UnicodeDecodeError 'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data`,
      `"\\xe9".encode("utf-8") -> '\\xc3\\xa9'`,
      `u"jos\\xe9".encode("latin-1") -> 'jos\\xe9'`,
      `type("abc".decode("ascii")) -> <type 'unicode'>`,
      `u"\\u65e5".encode("ascii","backslashreplace") -> '\\\\u65e5'`,
      `u"\\xe9".encode("ascii","xmlcharrefreplace") -> '&#233;'`,
      `"\\xe9\\xff".decode("utf-8","replace") -> u'\\ufffd\\ufffd'`,
      `u"a".encode("foo") -> u"a".encode("foo") !! LookupError unknown encoding 'foo'`,
      `unicode("\\xc3\\xa9") -> unicode("\\xc3\\xa9") !! UnicodeDecodeError 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)`,
      `unicode("\\xc3\\xa9", "utf-8") -> u'\\xe9'`,
      `", ".join(["\\xc3", u"a"]) -> ", ".join(["\\xc3", u"a"]) !! UnicodeDecodeError 'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)`,
      `unichr(233) -> u'\\xe9'`,
      `u"\\u65e5".encode("latin-1") -> u"\\u65e5".encode("latin-1") !! UnicodeEncodeError 'latin-1' codec can't encode character u'\\u65e5' in position 0: ordinal not in range(256)`,
      '',
    ].join('\n'));
  });

  it('print of an object whose __str__ returns unicode shows the text; str() of it raises', async () => {
    const source = "class A(object):\n    def __str__(self): return u'\\xe9'\nprint A()\nstr(A())\n";
    const result = await run(source);
    expect(result.stdout).toBe('é\n');
    expect(result.stderr.trim().split('\n').pop()).toBe("UnicodeEncodeError: 'ascii' codec can't encode character u'\\xe9' in position 0: ordinal not in range(128)");
  });
  it('exec/eval of a str source keeps its literals the same bytes; a str method with a unicode argument decodes ASCII', async () => {
    const source = "# -*- coding: utf-8 -*-\nprint repr(eval('\"é\".upper()')), repr(eval('\"{0}\".format(\"é\")')), repr(eval('\"é %s\" % u\"x\"'))\ntry:\n    'é'.replace('é', u'e')\nexcept UnicodeDecodeError, e:\n    print e\n";
    expect(await output(source)).toBe("'\\xc3\\xa9' '\\xc3\\xa9' u'\\xc3\\xa9 x'\n'ascii' codec can't decode byte 0xc3 in position 0: ordinal not in range(128)\n");
  });
});
