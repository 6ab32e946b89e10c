import { describe, expect, it } from 'vitest';
import { RaiseInPython, runPython, type HostModule } from '../../runtime/index.js';
import { py } from '../helpers.js';

describe('runPython', () => {
  it('runs Python 2 code and collects stdout', async () => {
    const result = await runPython(py`
      print "a", 7 / 2, -7 / 2, 7 / 2.0
      print "no newline",
      print
      for i in xrange(3): print i,
    `);
    // As in Jython, a pending trailing-comma print still gets its newline when the script ends.
    expect(result).toEqual({ ok: true, exitCode: 0, stdout: 'a 3 -4 3.5\nno newline\n0 1 2\n', stderr: '' });
  });

  it('streams output to sinks while collecting it', async () => {
    let seen = '';
    let last = '';
    const sink = (tag: string) => (text: string) => { seen += (tag === last ? '' : tag) + text; last = tag; };
    const result = await runPython('import sys\nprint "out"\nsys.stderr.write("err\\n")\n', { onStdout: sink('o:'), onStderr: sink('e:') });
    expect(seen).toBe('o:out\ne:err\n');
    expect(result.stderr).toBe('err\n');
  });

  it('formats an uncaught exception as a CPython traceback naming file, line and function', async () => {
    const result = await runPython(py`
      def outer():
          return inner()

      def inner():
          return {}["nope"]

      outer()
    `, { filename: 'report.py' });
    expect(result.exitCode).toBe(1);
    expect(result.error).toEqual({ type: 'KeyError', message: "'nope'" });
    expect(result.stderr).toBe([
      'Traceback (most recent call last):',
      '  File "report.py", line 7, in <module>',
      '    outer()',
      '  File "report.py", line 2, in outer',
      '    return inner()',
      '  File "report.py", line 5, in inner',
      '    return {}["nope"]',
      "KeyError: 'nope'",
      '',
    ].join('\n'));
  });

  it('prefixes exceptions defined in the script with __main__, as Python 2 does', async () => {
    const result = await runPython('class BadSession(Exception): pass\nraise BadSession("id 7")\n');
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('__main__.BadSession: id 7');
  });

  it('shows a syntax error with file, line, text and caret', async () => {
    const result = await runPython('x = 1\nprint "total" %% x +\n', { filename: 'bad.py' });
    expect(result.exitCode).toBe(1);
    expect(result.error?.type).toBe('SyntaxError');
    expect(result.stderr).toMatch(/^ {2}File "bad\.py", line 2\n {4}print "total" %% x \+\n {4}\s*\^\nSyntaxError: no viable alternative at input '%'\n$/);
  });

  it.each([
    ['import sys\nsys.exit(3)', 3, ''],
    ['import sys\nsys.exit()', 0, ''],
    ['import sys\nsys.exit(0)', 0, ''],
    ['import sys\nsys.exit("fatal: no sessions")', 1, ''],
    ['raise SystemExit(42)', 42, ''],
    ['exit(7)', 7, ''],
  ])('%j exits with %i', async (source, code, stderr) => {
    const result = await runPython(source);
    expect(result.exitCode).toBe(code);
    expect(result.stderr).toBe(stderr);
  });

  it('prints a non-integer sys.exit argument on stdout, as Jython does', async () => {
    expect(await runPython('import sys\nsys.exit("fatal: no sessions")')).toMatchObject({ exitCode: 1, stdout: 'fatal: no sessions\n', stderr: '' });
  });

  it('reports the recursion limit as a limit, and a script\'s own RuntimeError with the same text as an exception', async () => {
    const deep = await runPython('def f(n): return f(n + 1)\nf(0)');
    expect(deep.error).toEqual({ type: 'RuntimeError', message: 'maximum recursion depth exceeded', limit: 'recursion' });
    const own = await runPython('raise RuntimeError("maximum recursion depth exceeded")');
    expect(own.error).toEqual({ type: 'RuntimeError', message: 'maximum recursion depth exceeded' });
  });

  it('has echo of expression statements in single mode (REPL, doctest)', async () => {
    const result = await runPython('1 + 1\nx = 5\nx; None\n"a#b" # comment\nprint "p", 1\n', { mode: 'single' });
    expect(result.stdout).toBe("2\n5\n'a#b'\np 1\n");
  });
});

describe('Python <-> TypeScript value conversion', () => {
  const received: unknown[] = [];
  const values: Record<string, unknown> = {
    str: 'héllo', int: 42, big: 3000000000, negative: -7, float: 2.5, true: true, false: false, none: null,
    list: [1, 'a', [null]], dict: { a: 1, b: ['x'] },
  };
  const modules: Record<string, HostModule> = {
    host: {
      kind: 'module',
      members: {
        give: { kind: 'function', params: [{ name: 'kind' }], call: ({ kind }) => values[String(kind)] as never },
        take: { kind: 'function', params: [{ name: 'value' }], call: ({ value }) => { received.push(value); return null; } },
        fail: { kind: 'function', params: [], call: () => { throw new RaiseInPython('ValueError', 'bad value'); } },
        slow: { kind: 'function', params: [], call: async () => { await new Promise((r) => setTimeout(r, 20)); return 'later'; } },
      },
    },
  };

  it('converts host values to Python types (strings as unicode when asked)', async () => {
    const result = await runPython(py`
      import host
      for kind in ["str", "int", "big", "negative", "float", "true", "false", "none", "list", "dict"]:
          v = host.give(kind)
          print kind, type(v).__name__, repr(v)
    `, { modules, hostStrings: 'unicode' });
    expect(result.stdout).toBe([
      "str unicode u'h\\xe9llo'", 'int int 42', 'big long 3000000000L', 'negative int -7', 'float float 2.5',
      'true bool True', 'false bool False', 'none NoneType None', "list list [1, u'a', [None]]",
      "dict dict {u'a': 1, u'b': [u'x']}", '',
    ].join('\n'));
  });

  it('converts Python values to host values', async () => {
    received.length = 0;
    const result = await runPython(py`
      import host
      for v in ["s", u"u", 1, 2**40, -3, 1.5, True, None, [1, [2]], (1, "t"), {"k": [1.0]}]:
          host.take(v)
      host.take(len)
    `, { modules });
    expect(result.ok).toBe(true);
    expect(received).toEqual([
      // 2**40 is a long in Jython (sys.maxint is 2**31 - 1), so it arrives tagged.
      's', 'u', 1, { $py: 'long', value: String(2 ** 40) }, -3, { $py: 'float', value: 1.5 }, true, null, [1, [2]],
      { $py: 'tuple', items: [1, 't'] }, { k: [{ $py: 'float', value: 1 }] }, { $py: 'opaque', type: 'builtin_function_or_method' },
    ]);
  });

  it('raises RaiseInPython from a host function as a Python exception, and awaits async host functions', async () => {
    const result = await runPython(py`
      import host
      try:
          host.fail()
      except ValueError, e:
          print "caught", e
      print host.slow()
    `, { modules });
    expect(result.stdout).toBe('caught bad value\nlater\n');
  });
});
