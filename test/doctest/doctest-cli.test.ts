import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../scripts/cli.js';
import { lastLine, tempTree } from './run-command.js';

// `perspective-sandbox doctest` as a real process, next to python -m doctest and pytest --doctest-glob:
// empty selections, stale golden entries, --update's report, --update-docs, reStructuredText.

const NOT_CI = { CI: '' };
const doctest = (cwd: string, args: string[], env: NodeJS.ProcessEnv = NOT_CI) => cli(['doctest', ...args], undefined, env, cwd);

describe('doctest: selections', () => {
  it('exits 5 with a message when --filter selects nothing, as pytest does', () => {
    const cwd = tempTree({ 'page.md': '```python\n>>> 1 + 1\n2\n```\n' });
    expect(doctest(cwd, ['page.md', '--filter', 'zzzz'])).toEqual({
      status: 5,
      stdout: '',
      stderr: "perspective-sandbox doctest: --filter 'zzzz' selects none of the 1 examples\nRun without --filter to list them (--verbose), or filter on part of a file:line id or of the source.\n",
    });
    expect(doctest(cwd, ['page.md', '--filter', '1 + 1']).status).toBe(0);
  });
});

describe('doctest: golden files', () => {
  const page = (code: string, before = '') => `# Page\n${before}\n\`\`\`python\n${code}\n\`\`\`\n`;

  it('--update reports "1 entry" and counts the recorded example as checked, not smoke', () => {
    const cwd = tempTree({ 'page.md': page('print 6 * 7') });
    const update = doctest(cwd, ['page.md', '--update']);
    expect(update.status).toBe(0);
    expect(update.stdout).toContain(`golden file written: ${join(cwd, 'page.md.golden.json')} (1 entry)\n`);
    expect(update.stdout).not.toContain('smoke');
    expect(lastLine(update.stdout)).toBe('1 passed, 0 failed');
  });

  it('says a failure was checked against the golden file', () => {
    const cwd = tempTree({ 'page.md': page('print 6 * 7') });
    doctest(cwd, ['page.md', '--update']);
    const golden = join(cwd, 'page.md.golden.json');
    writeFileSync(golden, readFileSync(golden, 'utf8').replace('42\\n', '41\\n'));
    const run = doctest(cwd, ['page.md']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAIL page.md:4: output differs; expected output from page.md.golden.json\n');
  });

  it('reports an entry whose example was edited as stale, and fails on it under CI=true', () => {
    const cwd = tempTree({ 'page.md': page('print 6 * 7') });
    doctest(cwd, ['page.md', '--update']);
    // The example is edited and moves down: its entry matches it neither by source nor by line.
    writeFileSync(join(cwd, 'page.md'), page('print 6 * 8', '\nAn added paragraph.\n'));
    const warned = doctest(cwd, ['page.md']);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('warning: page.md.golden.json: the entry for line 4 is stale (recorded for source no longer in page.md); run --update and review it\n');
    const ci = doctest(cwd, ['page.md'], { CI: 'true' });
    expect(ci.status).toBe(1);
    expect(ci.stdout).toContain('FAIL page.md.golden.json:4: stale golden entry in page.md.golden.json: recorded for source no longer in the document');
    expect(lastLine(ci.stdout)).toBe('1 passed, 1 failed');
    const updated = doctest(cwd, ['page.md', '--update']);
    expect(updated.stdout).not.toContain('stale');
    expect(doctest(cwd, ['page.md'], { CI: 'true' }).status).toBe(0);
  });
});

describe('doctest --update-docs', () => {
  it('rewrites the expected output of failing examples in place and keeps every other byte', () => {
    const original = [
      '# Page\r\n',
      '\r\n',
      '```python\r\n',
      '>>> 1 + 1\r\n',
      '3\r\n',
      '>>> print "a\\n\\nb"\r\n',
      'a\r\n',
      '>>> x = 5\r\n',
      '>>> [x] * 3   # doctest: +ELLIPSIS\r\n',
      '[5, ...]\r\n',
      '>>> x\r\n',
      '```\r\n',
      '\r\n',
      '  ```python\r\n',
      '  print "hello"\r\n',
      '  ```\r\n',
      '  ```output\r\n',
      '  goodbye\r\n',
      '  ```\r\n',
      'Keep *this*   exactly.',
    ].join('');
    const cwd = tempTree({ 'page.md': original });
    const run = doctest(cwd, ['page.md', '--update-docs']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('document updated: page.md (4 expected outputs rewritten)\n');
    expect(readFileSync(join(cwd, 'page.md'), 'utf8')).toBe(original
      .replace('>>> 1 + 1\r\n3\r\n', '>>> 1 + 1\r\n2\r\n')
      .replace('a\r\n>>> x = 5', 'a\r\n<BLANKLINE>\r\nb\r\n>>> x = 5')
      .replace('>>> x\r\n```', '>>> x\r\n5\r\n```')
      .replace('  goodbye\r\n', '  hello\r\n'));
    expect(doctest(cwd, ['page.md']).status).toBe(0);
  });

  it('is refused under CI=true', () => {
    const cwd = tempTree({ 'page.md': '```python\n>>> 1\n2\n```\n' });
    expect(doctest(cwd, ['page.md', '--update-docs'], { CI: 'true' })).toMatchObject({ status: 2, stderr: expect.stringContaining('--update-docs is refused in CI') });
  });
});

describe('doctest: reStructuredText', () => {
  const rst = [
    'Title',
    '=====',
    '',
    '.. code-block:: python',
    '   :linenos:',
    '',
    '   for i in range(2):',
    '       print i',
    '',
    '.. code-block:: text',
    '',
    '   0',
    '   1',
    '',
    'A literal block with a transcript::',
    '',
    '    >>> 2 * 3',
    '    6',
    '',
    '.. code:: python',
    '',
    '   print len(system.perspective.getSessionInfo("billy"))',
    '',
    'Output::',
    '',
    '    4',
    '',
  ].join('\n');

  it('reads code-block examples with their output blocks, and transcripts', () => {
    const cwd = tempTree({ 'guide.rst': rst });
    const run = doctest(cwd, ['guide.rst', '--verbose']);
    expect(run.stdout).toContain('       pass guide.rst:7\n       pass guide.rst:17\n       FAIL guide.rst:22\n');
    expect(run.stdout).toContain('-4\n+3\n');
    expect(lastLine(run.stdout)).toBe('2 passed, 1 failed');
    expect(doctest(cwd, ['guide.rst', '--update-docs']).stdout).toContain('document updated: guide.rst (1 expected output rewritten)');
    expect(readFileSync(join(cwd, 'guide.rst'), 'utf8')).toBe(rst.replace('Output::\n\n    4\n', 'Output::\n\n    3\n'));
  });
});
