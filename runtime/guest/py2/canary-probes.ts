/**
 * The boot canaries of the Python 2 runtime fixes (py2/index.ts), as data: build.mjs imports this file too.
 * `probe` is Python code run at module level whose last line is `return EXPR`; `expect` is the repr of EXPR under
 * Jython 2.7 once the fix is in place (checked with `jython`; the print-statement and provided-modules probes use
 * names only the sandbox has, and expect what the same thing gives in Jython). Skulpt's compiler is slow (tens of
 * ms for these few lines on a cold start), so build.mjs compiles the probes once, with the patched compiler and
 * none of the guest's parse hooks, into the guest bundle: a probe must not need those hooks to compile (so it calls
 * `exec(...)`, and the print statement's helpers, directly). The probes run in order in one module.
 */
export interface Canary {
  readonly probe: string;
  readonly expect: string;
}

/** A file-like object that keeps what is written to it. */
const COLLECTOR = "class F(object):\n    def __init__(self): self.parts = []\n    def write(self, s): self.parts.append(s)\nf = F()\n";

export const CANARIES = {
  'xrange': { probe: 'return repr(xrange(1, 3)), list(xrange(3))', expect: "('xrange(1, 3)', [0, 1, 2])" },
  'str-format': { probe: "return '{0:{1}}|{{}}'.format(7, 3)", expect: "'  7|{}'" },
  'str-translate': { probe: "return 'abc'.translate(None, 'b')", expect: "'ac'" },
  'unicode-literals': { probe: "return type(u'x').__name__", expect: "'unicode'" },
  'unicode-mixing': { probe: "return type('a' + u'b').__name__, type(u'ab'[1:]).__name__", expect: "('unicode', 'unicode')" },
  'codecs': { probe: "return u'\\xe9'.encode('utf-8'), 'x'.decode('ascii')", expect: "('\\xc3\\xa9', u'x')" },
  'old-style-classes': { probe: 'class O: pass\nreturn type(O()).__name__', expect: "'instance'" },
  'mixed-comparison': { probe: "return [1 < 'a', None < 0, u'b' > (1,)]", expect: '[True, True, True]' },
  'empty-frozenset': { probe: 'return repr(frozenset())', expect: "'frozenset([])'" },
  'dict-order': { probe: "return {'user': 1, 'project': 2, 'id': 3}.keys()", expect: "['project', 'id', 'user']" },
  'print-function': { probe: `${COLLECTOR}exec('from __future__ import print_function\\nprint(1, 2, sep="-", file=f)', {'f': f})\nreturn ''.join(f.parts)`, expect: "'1-2\\n'" },
  'float-format': { probe: "return '%g|%e' % (1e-5, 12345.678)", expect: "'1e-05|1.234568e+04'" },
  'format-spec': { probe: "return format(None, '^6'), format(True, '<3'), format(1234, 'n')", expect: "(' None ', '1  ', '1234')" },
  'basestring': { probe: "return isinstance(u'x', str), isinstance('x', basestring)", expect: '(False, True)' },
  'long': { probe: 'return repr(2**40), type(2**31).__name__', expect: "('1099511627776L', 'long')" },
  'round': { probe: 'class F(object):\n    def __float__(self):\n        return 2.5\nreturn round(2.675, 2), round(2), round(F())', expect: '(2.67, 2.0, 3.0)' },
  // Sandbox-specific (Jython has no _psre): the native helper of the provided `re`; a Python module would be compiled.
  'provided-modules': { probe: 'import _psre\nreturn _psre.__name__', expect: "'_psre'" },
  // The helpers the print statement compiles to (the parse-tree rewrite itself runs for every script that prints).
  'print-statement': {
    probe: `${COLLECTOR}__ps_print_item__(f, 'a')\n__ps_print_item__(f, 1)\n__ps_print_newline__(f)\nreturn ''.join(f.parts)`,
    expect: "'a 1\\n'",
  },
  // `exec (code, ns)`: what the parser's rewrite makes of `exec code in ns`.
  'exec-statement': { probe: "ns = {}\nexec('x = 6 * 7', ns)\nreturn ns['x'], eval('1 + 1')", expect: '(42, 2)' },
  'builtins-py2': { probe: 'return cmp(1, 2), list({1: 2}.iteritems())', expect: '(-1, [(1, 2)])' },
  'numeric-corners': { probe: "return 2**53 + 1 == float(2**53), {1: 2} < {1: 3}, float('inf') // 2, long('12L')", expect: '(False, True, inf, 12L)' },
  'int-dunders': { probe: 'return (7).__truediv__(2), (7L).__coerce__(1), (7).__add__(2.0)', expect: '(3.5, (7L, 1L), NotImplemented)' },
  'exception-semantics': { probe: "return issubclass(ZeroDivisionError, ArithmeticError), repr(ValueError('x'))", expect: '(True, "ValueError(\'x\',)")' },
  'percent-format': { probe: "return '%-4s|' % 'ab', '%(k)s' % {'k': u'v'}", expect: "('ab  |', u'v')" },
  'float-repr': { probe: 'return repr(0.1 + 0.2)', expect: "'0.30000000000000004'" },
  'complex': { probe: 'return repr(complex(0.1 + 0.2, -1)), str(complex(0, 1e16)), abs(complex(-115, 199.186))', expect: "('(0.30000000000000004-1j)', '1e+16j', 230.00013607822063)" },
  'exception-module': { probe: 'return repr(KeyError), ValueError.__module__', expect: '("<type \'exceptions.KeyError\'>", \'exceptions\')' },
  'error-messages': { probe: 'try:\n    a, b = [1]\nexcept ValueError, e:\n    m = str(e)\nreturn m', expect: "'need more than 1 value to unpack'" },
} as const satisfies Record<string, Canary>;

export type FixName = keyof typeof CANARIES;

/** Where a probe module puts its results, in probe order. */
export const CANARY_RESULTS = '__ps_canary_results__';

/** Every probe, in order (build.mjs compiles them into the guest bundle). */
export function allCanaries(): [string, Canary][] {
  return Object.entries(CANARIES) as [string, Canary][];
}

/** One flat module (a function per probe would cost more to compile): each probe's statements, then its result. */
export function probeModule(canaries: readonly Canary[]): string {
  return `${CANARY_RESULTS} = []\n${canaries.map(({ probe }) => {
    const lines = probe.split('\n');
    const last = lines.pop() ?? '';
    if (!last.startsWith('return ')) throw new Error(`perspective-sandbox: a canary probe must end with a return: ${probe}`);
    return `${lines.map((line) => `${line}\n`).join('')}${CANARY_RESULTS}.append(repr((${last.slice('return '.length)})))\n`;
  }).join('')}`;
}
