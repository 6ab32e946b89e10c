import { installErrorMessageRewrites, installRecursionErrorAsRuntimeError } from './error-messages.js';
import { installFloatRepr } from './float-repr.js';
import { installPercentFormat } from './percent-format.js';
import { installXrange } from './xrange.js';
import { installUnicodeLiterals } from './unicode-literals.js';
import { installUnicodeMixing } from './unicode-mixing.js';
import { installBasestringChecks } from './unicode.js';
import { installLong } from './long.js';
import { installRound } from './round.js';
import { installProvidedModules } from '../modules/index.js';
import { installPrintStatement } from './print-statement.js';
import { installExecStatement } from './exec-statement.js';
import { installPy2Builtins } from './builtins-py2.js';
import { installExceptionSemantics } from './exception-semantics.js';
import { installStrFormat } from './str-format.js';
import { installStrTranslate } from './str-translate.js';
import { installCodecs } from './codecs.js';
import { installOldStyleClasses } from './old-style-classes.js';
import { installMixedComparison } from './mixed-comparison.js';
import { installEmptyFrozensetFix } from './empty-frozenset.js';
import { installDictOrder } from './dict-order.js';
import { installPrintFunction } from './print-function.js';
import { installFloatFormatSpec } from './float-format.js';
import { checkCanaries } from './canaries.js';
import type { Py2Fix } from './fix.js';

/** A probe's helper: a file-like object that keeps what is written to it. */
const COLLECTOR = "class F(object):\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\nf = F()\n";

/**
 * Python 2.7 / Jython behaviour that stock Skulpt gets wrong in its library (builtins, types, modules), one named
 * fix per file, installed in this order (the order the corpus was made to pass with; keep it). What is known to
 * depend on it:
 * - str-translate and str-format come before unicode-mixing, which wraps every str method then present (so that
 *   their results follow the str/unicode rules too);
 * - unicode-literals needs the unicode type (installed earlier, by session.ts); the fixes after it that test for
 *   unicode objects or classic classes (mixed comparison, dict order, % formatting) come after unicode-literals,
 *   codecs and old-style-classes;
 * - error-messages replaces the exception constructors last, after everything else is installed.
 * Each fix has a boot canary (fix.ts, canaries.ts): the sandbox refuses to start if one did not take effect.
 * Compiler behaviour (control flow, __future__, literals, generators, the time check) is not here but in
 * Skulpt's patch series, runtime/skulpt/patches/, which the build applies or fails.
 */
export const PY2_FIXES: readonly Py2Fix[] = [
  { name: 'xrange', install: installXrange, canary: { probe: 'return repr(xrange(1, 3)), list(xrange(3))', expect: "('xrange(1, 3)', [0, 1, 2])" } },
  { name: 'str-format', install: installStrFormat, canary: { probe: "return '{0:{1}}|{{}}'.format(7, 3)", expect: "'  7|{}'" } },
  { name: 'str-translate', install: installStrTranslate, canary: { probe: "return 'abc'.translate(None, 'b')", expect: "'ac'" } },
  { name: 'unicode-literals', install: installUnicodeLiterals, canary: { probe: "return type(u'x').__name__", expect: "'unicode'" } },
  { name: 'unicode-mixing', install: installUnicodeMixing, canary: { probe: "return type('a' + u'b').__name__, type(u'ab'[1:]).__name__", expect: "('unicode', 'unicode')" } },
  { name: 'codecs', install: installCodecs, canary: { probe: "return u'\\xe9'.encode('utf-8'), 'x'.decode('ascii')", expect: "('\\xc3\\xa9', u'x')" } },
  { name: 'old-style-classes', install: installOldStyleClasses, canary: { probe: 'class O: pass\nreturn type(O()).__name__', expect: "'instance'" } },
  { name: 'mixed-comparison', install: installMixedComparison, canary: { probe: "return [1 < 'a', None < 0, u'b' > (1,)]", expect: '[True, True, True]' } },
  { name: 'empty-frozenset', install: installEmptyFrozensetFix, canary: { probe: 'return repr(frozenset())', expect: "'frozenset([])'" } },
  { name: 'dict-order', install: installDictOrder, canary: { probe: "return {'user': 1, 'project': 2, 'id': 3}.keys()", expect: "['project', 'id', 'user']" } },
  {
    name: 'print-function',
    install: installPrintFunction,
    canary: { probe: `${COLLECTOR}exec 'from __future__ import print_function\\nprint(1, 2, sep="-", file=f)' in {'f': f}\nreturn ''.join(f.parts)`, expect: "'1-2\\n'" },
  },
  { name: 'float-format', install: installFloatFormatSpec, canary: { probe: "return '%g|%e' % (1e-5, 12345.678)", expect: "'1e-05|1.234568e+04'" } },
  { name: 'basestring', install: installBasestringChecks, canary: { probe: "return isinstance(u'x', str), isinstance('x', basestring)", expect: '(False, True)' } },
  { name: 'long', install: installLong, canary: { probe: 'return repr(2**40), type(2**31).__name__', expect: "('1099511627776L', 'long')" } },
  { name: 'round', install: installRound, canary: { probe: 'return round(2.675, 2), round(2)', expect: '(2.67, 2.0)' } },
  { name: 'provided-modules', install: installProvidedModules, canary: { probe: 'import __future__\nreturn __future__.division.compiler_flag', expect: '8192' } },
  { name: 'print-statement', install: installPrintStatement, canary: { probe: `${COLLECTOR}print >>f, 'a', 1,\nprint >>f, 'b'\nreturn ''.join(f.parts)`, expect: "'a 1 b\\n'" } },
  { name: 'exec-statement', install: installExecStatement, canary: { probe: "ns = {}\nexec 'x = 6 * 7' in ns\nreturn ns['x'], eval('1 + 1')", expect: '(42, 2)' } },
  { name: 'builtins-py2', install: installPy2Builtins, canary: { probe: 'return cmp(1, 2), list({1: 2}.iteritems())', expect: '(-1, [(1, 2)])' } },
  {
    name: 'exception-semantics',
    install: installExceptionSemantics,
    canary: { probe: "return issubclass(ZeroDivisionError, ArithmeticError), repr(ValueError('x'))", expect: '(True, "ValueError(\'x\',)")' },
  },
  { name: 'percent-format', install: installPercentFormat, canary: { probe: "return '%-4s|' % 'ab', '%(k)s' % {'k': u'v'}", expect: "('ab  |', u'v')" } },
  { name: 'float-repr', install: installFloatRepr, canary: { probe: 'return repr(0.1 + 0.2)', expect: "'0.30000000000000004'" } },
  {
    // Also: a JavaScript stack overflow becomes RuntimeError('maximum recursion depth exceeded'). That part has
    // no cheap probe (it needs a real JavaScript stack overflow), so it has no canary.
    name: 'error-messages',
    install: () => {
      installErrorMessageRewrites();
      installRecursionErrorAsRuntimeError('maximum recursion depth exceeded');
    },
    canary: { probe: 'try:\n    a, b = [1]\nexcept ValueError, e:\n    return str(e)', expect: "'need more than 1 value to unpack'" },
  },
];

export function installPy2Fixes(): void {
  for (const fix of PY2_FIXES) fix.install();
}

/** The boot canaries of every fix (after all are installed); throws, naming the fix, if one did not take effect. */
export function checkPy2Fixes(): void {
  checkCanaries(PY2_FIXES);
}
