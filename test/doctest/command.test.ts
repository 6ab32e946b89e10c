import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXml, type XmlElement } from './xml-check.js';
import { createFakeFactory } from './fake-executor.js';
import { lastLine, runCommand, tempTree } from './run-command.js';

const guide = [
  '# Guide', '',
  '```python', 'x = 5', 'print "x is", x', '```', '', '```output', 'x is 5', '```', '',
  'The namespace is shared with later examples:', '',
  '```pycon', '>>> x + 1', '6', ">>> 'abc'", "'abc'", '```', '',
  'A smoke example:', '', '```python', 'y = 1', '```', '',
].join('\n');

describe('doctest command (fake executor)', () => {
  it('passes a correct document and ends with the exact summary line', async () => {
    const cwd = tempTree({ 'docs/guide.md': guide });
    const r = await runCommand(['docs'], { cwd });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('4 passed, 0 failed');
    expect(r.stdout).toContain('ok   docs/guide.md: 4 passed (1 smoke)');
    expect(r.stdout).toMatch(/1 smoke example had no expected output and passed only because it raised nothing/);
  });

  it('fails a planted wrong expectation with its source and a readable diff, exit 1', async () => {
    const cwd = tempTree({ 'docs/guide.md': guide.replace('x is 5', 'x is 6') });
    const r = await runCommand(['docs/guide.md'], { cwd });
    expect(r.code).toBe(1);
    expect(lastLine(r.stdout)).toBe('3 passed, 1 failed');
    expect(r.stdout).toContain([
      'FAIL docs/guide.md:4: output differs',
      'Source:',
      '    x = 5',
      '    print "x is", x',
      '--- expected',
      '+++ got',
      '@@ -1 +1 @@',
      '-x is 6',
      '+x is 5',
    ].join('\n'));
  });

  it('shows transcript sources with prompts and reports skipped examples', async () => {
    const cwd = tempTree({
      'a.txt': ['>>> v = 1', '>>> v', '2', '', '>>> print "never"  # doctest: +SKIP', 'whatever'].join('\n'),
    });
    const r = await runCommand(['a.txt'], { cwd });
    expect(r.code).toBe(1);
    expect(lastLine(r.stdout)).toBe('1 passed, 1 failed, 1 skipped');
    expect(r.stdout).toContain('FAIL a.txt:2: output differs\nSource:\n    >>> v\n--- expected\n+++ got\n@@ -1 +1 @@\n-2\n+1');
  });

  it('reports a smoke example that raises, and unknown directives as document errors', async () => {
    const cwd = tempTree({
      'p.py': 'print "hi"\nraise ValueError("boom")\n',
      'bad.md': '```python\nprint 1  # doctest: +ELIPSIS\n```\n',
    });
    const r = await runCommand(['.'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL p.py:1 (smoke): raised ValueError: boom (smoke example: must run without an exception)');
    expect(r.stdout).toContain("FAIL bad.md:2: unknown doctest directive '+ELIPSIS'");
    expect(lastLine(r.stdout)).toBe('0 passed, 2 failed');
  });

  it('applies document default directives and per-example overrides', async () => {
    const cwd = tempTree({
      'd.md': [
        '<!-- doctest-defaults: +ELLIPSIS -->',
        '```pycon', '>>> print "a long line of output"', 'a ... output', '',
        '>>> print "a long line of output"  # doctest: -ELLIPSIS', 'a ... output', '```',
      ].join('\n'),
    });
    const r = await runCommand(['d.md'], { cwd });
    expect(lastLine(r.stdout)).toBe('1 passed, 1 failed');
    expect(r.stdout).toContain('FAIL d.md:6');
  });

  it('passes each document its fixture: --sessions, or the document override relative to the document', async () => {
    const cwd = tempTree({
      'fixtures/run.json': '[]',
      'docs/sub/own.json': '[]',
      'docs/plain.md': '```python\nprint 1\n```\n',
      'docs/sub/override.md': '---\nsessions: own.json\n---\n```python\nprint 1\n```\n',
      'docs/sub/version.txt': '# doctest-ignition-version: 8.0\n>>> 1\n1\n',
    });
    const factory = createFakeFactory();
    const r = await runCommand(['docs', '--sessions', 'fixtures/run.json'], { cwd, factory });
    expect(r.code).toBe(0);
    const byDoc = Object.fromEntries(factory.opened.map((d) => [path.relative(cwd, d.path), [d.sessionsFile && path.relative(cwd, d.sessionsFile), d.ignitionVersion]]));
    expect(byDoc).toEqual({
      'docs/plain.md': ['fixtures/run.json', null],
      'docs/sub/override.md': ['docs/sub/own.json', null],
      'docs/sub/version.txt': ['fixtures/run.json', '8.0'],
    });
    expect(factory.disposed.sort()).toEqual(factory.opened.map((d) => d.path).sort());
  });

  it('fails every example of a document whose sandbox cannot start, and still runs the others', async () => {
    const cwd = tempTree({ 'a.md': '```python\nprint 1\n```\n', 'b.md': '```python\nprint 1\n```\n' });
    const factory = createFakeFactory({ failToStart: (d) => d.path.endsWith('b.md') });
    const r = await runCommand(['.'], { cwd, factory });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL b.md:2 (smoke): could not start the sandbox for b.md: fixture could not be loaded');
    expect(lastLine(r.stdout)).toBe('1 passed, 1 failed');
  });

  it('--filter runs matching examples, with earlier examples of the document run silently as setup', async () => {
    const cwd = tempTree({ 'docs/guide.md': guide });
    const factory = createFakeFactory();
    const r = await runCommand(['docs', '--filter', 'guide.md:15'], { cwd, factory });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('1 passed, 0 failed');
    expect(factory.executed.map((e) => e.split(':').pop())).toEqual(['4', '15']);
    const bySource = await runCommand(['docs', '--filter', "'abc'", '--verbose'], { cwd });
    expect(bySource.stdout).toContain('pass docs/guide.md:17');
    expect(lastLine(bySource.stdout)).toBe('1 passed, 0 failed');
  });

  it('gives the same report whatever the completion order and the number of jobs', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`d${i}.md`] = `\`\`\`pycon\n>>> v = ${i}\n>>> v\n${i === 5 ? 99 : i}\n>>> v + 1\n${i + 1}\n\`\`\`\n`;
    const cwd = tempTree(files);
    const slowFirst = createFakeFactory({ delayMs: (d) => 40 - Number(/d(\d)/.exec(d.path)?.[1]) * 5 });
    const a = await runCommand(['.', '--jobs', '1'], { cwd });
    const b = await runCommand(['.', '--jobs', '8'], { cwd, factory: slowFirst });
    expect(b.stdout).toBe(a.stdout);
    expect(lastLine(a.stdout)).toBe('23 passed, 1 failed');
  });

  it('draws a progress line on a TTY when there are many examples, and not otherwise', async () => {
    const cwd = tempTree({ 'many.txt': Array.from({ length: 25 }, (_, i) => `>>> ${i}\n${i}\n`).join('\n') });
    const tty = await runCommand(['many.txt'], { cwd, tty: true });
    expect(tty.stderr).toContain('25/25 examples');
    const pipe = await runCommand(['many.txt'], { cwd, tty: false });
    expect(pipe.stderr).toBe('');
  });

  it('writes JUnit XML that parses back with the right counts, names and escaping', async () => {
    const cwd = tempTree({
      'docs/a & b.md': `\`\`\`pycon\n>>> print '<tag> & "q"'\n<tag> & "q"\n>>> print "x\x01"\ny < z\n>>> 1  # doctest: +SKIP\n1\n\`\`\`\n`,
      'docs/c.md': '```python\nprint 1\n```\n',
    });
    const ok = await runCommand(['docs', '--junit', 'out/report.xml'], { cwd });
    expect(ok.code).toBe(1);
    const xml = readFileSync(path.join(cwd, 'out/report.xml'), 'utf8');
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    expect(root.attrs).toMatchObject({ tests: '4', failures: '1', skipped: '1' });
    const suites = root.children.filter((c) => c.name === 'testsuite');
    expect(suites.map((s) => s.attrs['name'])).toEqual(['docs/a & b.md', 'docs/c.md']);
    const cases = suites.flatMap((s) => s.children);
    expect(cases.map((c) => c.attrs['name'])).toEqual(['docs/a & b.md:2', 'docs/a & b.md:4', 'docs/a & b.md:6', 'docs/c.md:2']);
    const failure = find(cases[1], 'failure');
    expect(failure?.attrs['message']).toBe('output differs');
    expect(failure?.text).toContain('-y < z\n+x\\x01'); // a control character XML cannot carry is shown escaped
    expect(find(cases[2], 'skipped')).toBeDefined();
    expect(find(cases[0], 'failure')).toBeUndefined();
  });
});

function find(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

describe('golden files and --update', () => {
  const doc = ['# Page', '', '```python', 'print "first"', '```', '', '```python', 'n = 2', 'print n + 1', '```', '',
    '```python', 'print "inline"', '```', '```output', 'inline', '```', ''].join('\n');

  it('--update writes golden output for examples without inline expectations; later runs check against it', async () => {
    const cwd = tempTree({ 'docs/page.md': doc });
    const golden = path.join(cwd, 'docs/page.md.golden.json');
    const first = await runCommand(['docs'], { cwd });
    expect(lastLine(first.stdout)).toBe('3 passed, 0 failed');
    expect(first.stdout).toContain('(2 smoke)');
    expect(existsSync(golden)).toBe(false);

    const upd = await runCommand(['docs', '--update'], { cwd });
    expect(upd.code).toBe(0);
    expect(upd.stdout).toContain(`golden file written: ${golden} (2 entries)`);
    const data = JSON.parse(readFileSync(golden, 'utf8')) as { examples: Array<{ line: number; output: string }> };
    expect(data.examples.map((e) => [e.line, e.output])).toEqual([[4, 'first\n'], [8, '3\n']]);

    const again = await runCommand(['docs'], { cwd });
    expect(again.stdout).not.toContain('smoke');
    expect(lastLine(again.stdout)).toBe('3 passed, 0 failed');

    // Output drifts: the golden comparison fails loudly.
    writeFileSync(path.join(cwd, 'docs/page.md'), doc.replace('n = 2', 'n = 3'));
    const drift = await runCommand(['docs'], { cwd });
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('FAIL docs/page.md:8: output differs; expected output from docs/page.md.golden.json, whose entry for this line was recorded for different source');
    expect(drift.stdout).toContain('-3\n+4');

    // --update refreshes it; an unchanged second update writes nothing.
    const refresh = await runCommand(['docs', '--update'], { cwd });
    expect(refresh.stdout).toContain('golden file written');
    expect(JSON.parse(readFileSync(golden, 'utf8')).examples[1].output).toBe('4\n');
    const noop = await runCommand(['docs', '--update'], { cwd });
    expect(noop.stdout).not.toContain('golden file written');
    expect((await runCommand(['docs'], { cwd })).code).toBe(0);
  });

  it('keeps golden entries of examples filtered out of an --update run', async () => {
    const cwd = tempTree({ 'page.md': doc });
    await runCommand(['page.md', '--update'], { cwd });
    writeFileSync(path.join(cwd, 'page.md'), doc.replace('"first"', '"first!"'));
    await runCommand(['page.md', '--update', '--filter', 'first'], { cwd });
    const data = JSON.parse(readFileSync(path.join(cwd, 'page.md.golden.json'), 'utf8')) as { examples: Array<{ output: string }> };
    expect(data.examples.map((e) => e.output)).toEqual(['first!\n', '3\n']);
  });

  it('--update records an exception as expected output, with a warning, and later runs expect it', async () => {
    const cwd = tempTree({ 'boom.py': 'print "before"\nraise KeyError("k")\n' });
    expect((await runCommand(['boom.py'], { cwd })).code).toBe(1);
    const upd = await runCommand(['boom.py', '--update'], { cwd });
    expect(upd.code).toBe(0);
    expect(upd.stdout).toContain('warning: boom.py:1 raised KeyError; the exception was recorded as its expected output');
    const data = JSON.parse(readFileSync(path.join(cwd, 'boom.py.golden.json'), 'utf8')) as { examples: Array<{ output: string }> };
    expect(data.examples[0]?.output).toBe('before\nTraceback (most recent call last):\nKeyError: k\n');
    const again = await runCommand(['boom.py'], { cwd });
    expect(lastLine(again.stdout)).toBe('1 passed, 0 failed');
  });

  it('refuses --update in CI with exit 2', async () => {
    const cwd = tempTree({ 'page.md': doc });
    const r = await runCommand(['page.md', '--update'], { cwd, env: { CI: 'true' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--update is refused in CI/);
    expect(existsSync(path.join(cwd, 'page.md.golden.json'))).toBe(false);
  });

  it('reports a malformed golden file as a document error', async () => {
    const cwd = tempTree({ 'page.md': doc, 'page.md.golden.json': '{"format":"nope"}' });
    const r = await runCommand(['page.md'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL page.md:1: .*page.md.golden.json: not a golden file/);
  });
});

describe('usage errors exit 2', () => {
  const cwd = tempTree({ 'a.md': '```python\nprint 1\n```\n', 'empty.md': '# nothing\n' });
  it.each([
    [[], /at least one PATH/],
    [['a.md', '--shard', '0/2'], /1 <= i <= n/],
    [['a.md', '--shard', '3'], /i\/n/],
    [['a.md', '--jobs', 'many'], /--jobs/],
    [['a.md', '--ignition-version', '7.9'], /8.0 or 8.1/],
    [['a.md', '--bogus'], /^perspective-sandbox doctest: unknown option --bogus\nRun 'perspective-sandbox doctest --help' for usage.\n$/],
    [['missing.md'], /^perspective-sandbox doctest: No such file or folder: missing.md\nCheck the path; it is looked up from /],
    [['a.md', '--sessions', 'nope.json'], /^perspective-sandbox doctest: No such file: nope.json \(--sessions\)\n/],
    [['empty.md'], /no examples found/],
  ])('%j', async (argv, message) => {
    const r = await runCommand(argv as string[], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help prints usage and exits 0', async () => {
    const r = await runCommand(['--help'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: perspective-sandbox doctest PATH/);
  });
});
