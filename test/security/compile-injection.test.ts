import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScript } from '../../bindings/index.js';
import { run, SMALL_FIXTURE } from '../helpers.js';
import { hostileTexts } from './hostile-text.js';
import { escapedUnicode, isUnicodeForm, rawLiteral, type LiteralForm } from './python-literals.js';

// Python text must never become JavaScript in the code Skulpt generates (docs/security/compiler-injection.md).
// Every program below checks, in Python, that each hostile text comes back exactly, and ends with the canary:
// the payloads would define the builtin PWNED if any of them ever ran as JavaScript.

const TEXTS = hostileTexts(0x5eed, 60);
const FORMS: readonly LiteralForm[] = ["'", '"""', "u'", 'u"""', "b'"];
const CLEAN = '0 []\nclean\n';

const PRELUDE = `failures = []
def check(i, got, want, kind, same_type=True):
    if got != want or (same_type and type(got) is not type(want)):
        failures.append((i, kind))
def deco(v):
    def wrap(f):
        f.tag = v
        return f
    return wrap
def kwname(**kw):
    return kw.keys()[0]
`;

const EPILOGUE = `print len(failures), failures[:5]
try:
    PWNED
    print 'PWNED: a payload ran as JavaScript'
except NameError:
    print 'clean'
`;

/**
 * Forms a text can be written in. Skulpt refuses non-ASCII characters in b'' literals (a Python 3 rule; Python
 * 2 takes their UTF-8 bytes), a known divergence outside this suite, so b'' gets ASCII texts only.
 */
function formsFor(text: string): LiteralForm[] {
  return /[^\x00-\x7f]/.test(text) ? FORMS.filter((f) => f !== "b'") : [...FORMS];
}

/** The value a literal of this form has in Python: the text, or its UTF-8 bytes. */
function wanted(i: number, form: LiteralForm): string {
  return isUnicodeForm(form) ? `E[${i}]` : `E[${i}].encode('utf-8')`;
}

/** Literals, docstrings, decorator arguments and keyword names, with the hostile text raw in the source. */
function literalProgram(): string {
  let out = `${PRELUDE}E = [${TEXTS.map(escapedUnicode).join(', ')}]\n`;
  TEXTS.forEach((text, i) => {
    const forms = formsFor(text);
    for (const form of forms) out += `check(${i}, ${rawLiteral(text, form)}, ${wanted(i, form)}, ${JSON.stringify(form)})\n`;
    // Skulpt takes no b'' docstrings (py2 does): another known divergence, so docstrings use the other forms.
    const textForms = forms.filter((f) => f !== "b'");
    const form = textForms[i % textForms.length] as LiteralForm;
    const literal = rawLiteral(text, form);
    out += `def doc${i}():\n    ${literal}\n    pass\ncheck(${i}, doc${i}.__doc__, ${wanted(i, form)}, 'def doc')\n`;
    out += `class Doc${i}:\n    ${literal}\ncheck(${i}, Doc${i}.__doc__, ${wanted(i, form)}, 'class doc')\n`;
    out += `@deco(${literal})\ndef deco${i}(): pass\ncheck(${i}, deco${i}.tag, ${wanted(i, form)}, 'decorator')\n`;
    out += `check(${i}, kwname(**{E[${i}]: 1}), E[${i}], 'keyword', False)\n`;
  });
  return out + EPILOGUE;
}

/** compile() names: __file__ at module, function and class level, eval(), and tracebacks through exec. */
function fileNameProgram(): string {
  return `${PRELUDE}N = [${TEXTS.map(escapedUnicode).join(', ')}]
SRC = u"F = __file__\\ndef f():\\n    return __file__\\nH = f()\\nclass K:\\n    X = __file__\\n"
for i, name in enumerate(N):
    if u'\\0' in name:
        try:
            compile(u"1\\n", name, "exec")
            failures.append((i, 'NUL accepted'))
        except TypeError as e:
            check(i, str(e), 'compile() argument 2 must be encoded string without null bytes, not unicode', 'NUL')
        continue
    g = {}
    exec compile(SRC, name, "exec") in g
    check(i, g['F'], name, 'module __file__', False)
    check(i, g['H'], name, 'function __file__', False)
    check(i, g['K'].X, name, 'class __file__', False)
    check(i, eval(compile(u"40 + 2", name, "eval")), 42, 'eval')
    check(i, eval(compile(u"40 + 2", name.encode('utf-8'), "eval")), 42, 'eval str name')
    try:
        exec compile(u"def f():\\n    raise ValueError('v')\\nf()\\n", name, "exec") in {}
        failures.append((i, 'no exception'))
    except ValueError as e:
        check(i, str(e), 'v', 'exception')
${EPILOGUE}`;
}

describe('compile() file names never become JavaScript', () => {
  it('reproduction from the issue: the payload is only a name', async () => {
    const result = await run(`g = {'R': None}
exec compile("pass\\n", "'+($gbl.R = new Sk.builtin.str(Object.getOwnPropertyNames(globalThis).join(',')))+'", "exec") in g
print g['R']
`);
    expect(result).toMatchObject({ ok: true, stdout: 'None\n', stderr: '' });
  });

  it(`round-trips ${TEXTS.length} hostile names through compile(), exec and eval`, async () => {
    const result = await run(fileNameProgram());
    expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: CLEAN, stderr: '' });
  });

  it('shows the name exactly in tracebacks', async () => {
    const name = `it's "$x"\\\n*/\u2028\`\${}\`</script>`;
    const result = await run(`exec compile(u"x = 1\\n1/0\\n", ${escapedUnicode(name)}, "exec")\n`);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "test.py", line 1, in <module>\n' +
        `    exec compile(u"x = 1\\n1/0\\n", ${escapedUnicode(name)}, "exec")\n` +
        `  File "${name}", line 2, in <module>\n` +
        '    1/0\n' +
        'ZeroDivisionError: integer division or modulo by zero\n',
    );
  });

  it('refuses NUL in compile() arguments as Python 2 does', async () => {
    const out = await run(`for args in [("1", "a\\0b"), ("1\\0", "a")]:
    try:
        compile(args[0], args[1], "exec")
    except TypeError as e:
        print e
`);
    expect(out.stdout).toBe('compile() argument 2 must be string without null bytes, not str\ncompile() expected string without null bytes\n');
  });

  it('host-given file names (library option and CLI path) are only names too', async () => {
    for (const filename of ["a'+(Sk.builtins.PWNED=1)+'.py", 'b\u2028Sk.builtins.PWNED=1;//.py', 'c"$`${x}`*/.py']) {
      const result = await runScript('try:\n    PWNED\n    print "PWNED"\nexcept NameError:\n    print __file__ == ' + escapedUnicode(filename) + '\n1/0\n', { sessionsFile: SMALL_FIXTURE, filename });
      expect(result.stdout).toBe('True\n');
      expect(result.stderr).toContain(`  File "${filename}", line 6, in <module>\n`);
    }
    const dir = mkdtempSync(join(tmpdir(), 'ps-inject-'));
    try {
      const file = join(dir, `it's "$x" \`\${y}\`.py`);
      writeFileSync(file, 'print __file__\n1/0\n');
      const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
      const got = spawnSync(process.execPath, [cli, 'run', '--sessions', SMALL_FIXTURE, file], { encoding: 'utf8' });
      expect(got.stdout).toBe(`${file}\n`);
      expect(got.stderr).toContain(`  File "${file}", line 2, in <module>\n`);
      expect(got.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('script text never becomes JavaScript', () => {
  const program = literalProgram();

  it(`round-trips ${TEXTS.length} hostile texts in ${FORMS.length} literal forms, docstrings, decorators and keyword names`, async () => {
    const result = await run(program);
    expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: CLEAN, stderr: '' });
  });

  it('the same through exec of compile() with a hostile name', async () => {
    const result = await run(`exec compile(${escapedUnicode(program)}, ${escapedUnicode(`'+(${'Sk.builtins.PWNED=1'})+'\u2028`)}, "exec")\n`);
    expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: CLEAN, stderr: '' });
  });

  it('strings that look like generated code survive the rewrites of generated code', async () => {
    const result = await run(`from __future__ import division, print_function
a = "var $dateNow = Date.now();if ($dateNow - Sk.execStart > Sk.execLimit) {throw new Sk.builtin.TimeLimitError(Sk.timeoutMsg())}"
b = "Sk.abstr.numberBinOp(a,b,'Div')"
c = "$loadgbl=Sk.misceval.loadname("
d = 'new Sk.builtin.str("\\ue000\\ue001'
print(a)
print(b)
print(c)
print(repr(d), 1 / 2)
`);
    expect(result.stdout).toBe(
      'var $dateNow = Date.now();if ($dateNow - Sk.execStart > Sk.execLimit) {throw new Sk.builtin.TimeLimitError(Sk.timeoutMsg())}\n' +
        "Sk.abstr.numberBinOp(a,b,'Div')\n" +
        '$loadgbl=Sk.misceval.loadname(\n' +
        `'new Sk.builtin.str("\\\\ue000\\\\ue001' 0.5\n`,
    );
  });

  it('line terminators JavaScript knows and Python does not stay in comments and strings', async () => {
    const result = await run(`x = 1 # \u2028Sk.builtins.PWNED = 1;\ny = 2 # \u2029Sk.builtins.PWNED = 1;\ns = "\u2028Sk.builtins.PWNED = 1;//"
try:
    PWNED
    print "PWNED"
except NameError:
    print x, y, repr(s)
`);
    expect(result.stdout).toBe("1 2 '\\xe2\\x80\\xa8Sk.builtins.PWNED = 1;//'\n");
  });

  it('identifiers are ASCII, as in Python 2', async () => {
    const names = ['\u212a', '\u017f', 'a\u2028b', 'caf\u00e9', 'a$b', '$gbl'];
    const result = await run(`for src in [${names.map((n) => escapedUnicode(`${n} = 1\n`)).join(', ')}]:
    try:
        exec src in {}
        print 'compiled', repr(src)
    except SyntaxError as e:
        print 'SyntaxError'
`);
    expect(result.stdout).toBe('SyntaxError\n'.repeat(names.length));
  });
});

describe('attribute names with $ never reach Skulpt internals', () => {
  it('raises AttributeError instead of returning raw JavaScript values', async () => {
    const result = await run(`import operator
s = system.perspective.getSessionInfo()[0]
class C(object):
    pass
attempts = [
    ('object.__getattribute__', lambda: object.__getattribute__(1, "tp$name")),
    ('object.__getattribute__ unicode', lambda: object.__getattribute__(1, u"tp$name")),
    ('operator.attrgetter', lambda: operator.attrgetter("tp$name")(1)),
    ('session.__getattribute__', lambda: s.__getattribute__("tp$getattr")),
    ('session $r', lambda: object.__getattribute__(s, "$r")),
    ('type.__getattribute__', lambda: type.__getattribute__(int, "tp$name")),
    ('super', lambda: super(C, C()).__getattribute__("tp$name")),
]
for name, attempt in attempts:
    try:
        value = attempt()
        print name, 'returned', type(value)
    except AttributeError:
        print name, 'AttributeError'
`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'object.__getattribute__', 'object.__getattribute__ unicode', 'operator.attrgetter', 'session.__getattribute__',
        'session $r', 'type.__getattribute__', 'super',
      ].map((n) => `${n} AttributeError\n`).join(''),
    );
  });

  it('names with $ set from strings are ordinary attributes that replace nothing', async () => {
    const result = await run(`class C(object):
    pass
type.__setattr__(C, "tp$call", 5)
X = type("X", (object,), {"tp$name": 7, "$r": 8})
print type.__getattribute__(C, "tp$call"), type(C()).__name__
print X.__name__, repr(X()).startswith("<__main__.X object"), object.__getattribute__(X(), "tp$name")
class B(object):
    name = 1
    length = 2
print B.name, B().length, getattr(B, u"name"), getattr(B, "length")
`);
    expect({ stdout: result.stdout, stderr: result.stderr }).toEqual({ stdout: '5 C\nX True 7\n1 2 1 2\n', stderr: '' });
  });
});
