import { describe, expect, it } from 'vitest';
import { output, py } from '../../helpers.js';

// Every expectation below is Jython 2.7's output for the same script.
describe('unicode vs str (Python 2)', () => {
  it("u'...' literals are unicode, '...' literals are str", async () => {
    expect(await output(py`
      print type(u'x'), type('x'), type(u'a' 'b'), repr(u'caf\xe9')
      print u'x' == 'x', {u'a': 1}['a']
    `)).toBe("<type 'unicode'> <type 'str'> <type 'unicode'> u'caf\\xe9'\nTrue 1\n");
  });

  it('mixing str and unicode gives unicode', async () => {
    expect(await output(py`
      print type('x' + u'y'), type(u'ab'[0]), type(u'ab'[1:]), type(u'x'.upper()), type(','.join([u'a', 'b'])), type('a,b'.split(u',')[0])
      print [c for c in u'ab'], u'a b'.split(), repr(u'x' * 2), repr(2 * u'x'), repr(u' x '.strip()), repr('a'.replace('a', u'b'))
      print repr('%s' % u'x'), repr(u'%d' % 1), repr(u'{0}'.format(1)), repr('x'.center(3))
    `)).toBe(
      "<type 'unicode'> <type 'unicode'> <type 'unicode'> <type 'unicode'> <type 'unicode'> <type 'unicode'>\n"
      + "[u'a', u'b'] [u'a', u'b'] u'xx' u'xx' u'x' u'b'\n"
      + "u'x' u'1' u'1' ' x '\n",
    );
  });

  it('isinstance: str and unicode are siblings under basestring', async () => {
    expect(await output(py`
      print isinstance('x', unicode), isinstance(u'x', basestring), isinstance(u'x', str), isinstance('x', basestring)
      print isinstance(u'x', (int, str)), isinstance(u'x', (int, unicode)), issubclass(unicode, basestring), issubclass(unicode, str)
    `)).toBe('False True False True\nFalse True True False\n');
  });

  it('unicode() converts', async () => {
    expect(await output(py`
      print repr(unicode(5)), repr(unicode('x')), repr(unicode(u'x')), repr(unicode())
      class A(object):
          def __unicode__(self): return u'uni'
      print repr(unicode(A()))
    `)).toBe("u'5' u'x' u'x' u''\nu'uni'\n");
  });
});
