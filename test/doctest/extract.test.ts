import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMarkdown } from '../../doctest/extract-markdown.js';
import { extractPythonFile } from '../../doctest/extract-python-file.js';
import { endsCode, extractSeedPage, isSeedPage } from '../../doctest/extract-seed-page.js';
import { extractTranscript } from '../../doctest/extract-transcript.js';
import { readDocumentOptions } from '../../doctest/document-options.js';
import { splitLines } from '../../doctest/load-document.js';
import { runsHere } from '../needs.js';

const lines = (text: string): string[] => splitLines(text);

describe('markdown extraction', () => {
  it('takes python and py blocks, with an output fence right after as the expected output', () => {
    const md = lines([
      '# Title', '', 'Some prose.', '', '```python', 'x = 1', 'print x', '```', '', '```output', '1', '```',
      '', '```py', 'print 2', '```', '', '```js', 'console.log(1)', '```',
    ].join('\n'));
    const ex = extractMarkdown(md, 0);
    expect(ex).toHaveLength(2);
    expect(ex[0]).toMatchObject({ line: 6, source: 'x = 1\nprint x\n', want: '1\n', wantSource: 'output-block', mode: 'exec' });
    expect(ex[1]).toMatchObject({ line: 15, source: 'print 2\n', want: null, wantSource: null });
  });

  it('takes the first fence of an "Output" or "Results" section right after the block', () => {
    const md = lines([
      '```python', 'print "a"', '```', '', '### Results', '', 'The script prints:', '', '```', 'a', '```',
      '', '```python', 'print "b"', '```', '**Output:**', '```text', 'b', '```',
      '', '```python', 'print "c"', '```', '## Next topic', '```text', 'not output', '```',
    ].join('\n'));
    const ex = extractMarkdown(md, 0);
    expect(ex.map((e) => e.want)).toEqual(['a\n', 'b\n', null]);
  });

  it('treats a block with >>> prompts as a transcript: one single-mode example per prompt', () => {
    const md = lines(['```pycon', '>>> x = 2', '>>> for i in [1]:', '...     print i', '1', '>>> x', '2', '```'].join('\n'));
    const ex = extractMarkdown(md, 0);
    expect(ex.map((e) => [e.line, e.source, e.want, e.mode, e.wantSource])).toEqual([
      [2, 'x = 2\n', '', 'single', 'transcript'],
      [3, 'for i in [1]:\n    print i\n', '1\n', 'single', 'transcript'],
      [6, 'x\n', '2\n', 'single', 'transcript'],
    ]);
  });

  it('reads >>> prompts in a fence without language, but not in an output block or another language', () => {
    const md = lines(['```', '>>> 1', '1', '```', '```python', 'print ">>> x"', '```', 'Output:', '```', '>>> x', '```', '```text', '>>> 2', '2', '```'].join('\n'));
    expect(extractMarkdown(md, 0).map((e) => [e.line, e.source, e.want])).toEqual([[2, '1\n', '1\n'], [6, 'print ">>> x"\n', '>>> x\n']]);
  });

  it('applies an HTML directive comment right before a block, and # doctest: comments inside it', () => {
    const md = lines(['<!-- doctest: +ELLIPSIS -->', '', '```python', 'print "x"  # doctest: +NORMALIZE_WHITESPACE', '```'].join('\n'));
    const [ex] = extractMarkdown(md, 0);
    expect(ex?.directiveText.map((d) => d.text)).toEqual(['+ELLIPSIS', '+NORMALIZE_WHITESPACE']);
  });

  it('strips the indentation of fences nested in list items', () => {
    const md = lines(['1. Step', '   ```python', '   print "x"', '   ```', '   ```output', '   x', '   ```'].join('\n'));
    expect(extractMarkdown(md, 0)).toMatchObject([{ source: 'print "x"\n', want: 'x\n', line: 3 }]);
  });
});

describe('document options', () => {
  it('reads sessions, defaults and version from front-matter, resolved against the document folder', () => {
    const o = readDocumentOptions('/docs/a/page.md', lines('---\nsessions: ../fixtures/demo.json\ndoctest-defaults: +ELLIPSIS\nignition-version: "8.0"\n---\ntext'), true);
    expect(o).toMatchObject({ sessionsFile: '/docs/fixtures/demo.json', ignitionVersion: '8.0', frontMatterEndLine: 5 });
    expect(o.defaults.map((d) => d.text)).toEqual(['+ELLIPSIS']);
  });

  it('reads comment directives in Markdown, Python and reST forms', () => {
    expect(readDocumentOptions('/d/x.md', ['<!-- doctest-sessions: f.json -->'], true).sessionsFile).toBe('/d/f.json');
    expect(readDocumentOptions('/d/x.py', ['# doctest-sessions: sub/f.json'], false).sessionsFile).toBe('/d/sub/f.json');
    expect(readDocumentOptions('/d/x.rst', ['.. doctest-defaults: +SKIP'], false).defaults[0]?.text).toBe('+SKIP');
    expect(readDocumentOptions('/d/x.txt', ['# doctest-ignition-version: 9.9'], false).problems[0]?.message).toMatch(/8.0 or 8.1/);
  });

  it('reads doctest-db: fresh in-memory SQLite databases only; a document cannot name a file or a server', () => {
    expect(readDocumentOptions('/d/x.md', ['<!-- doctest-db: sqlite::memory: -->', '<!-- doctest-db: plant=sqlite::memory: -->'], true).databases)
      .toEqual(['sqlite::memory:', 'plant=sqlite::memory:']);
    for (const url of ['sqlite:/etc/passwd', 'postgresql://u@h/d']) {
      const o = readDocumentOptions('/d/x.md', [`<!-- doctest-db: ${url} -->`], true);
      expect(o.databases).toEqual([]);
      expect(o.problems[0]?.message).toMatch(/doctest-db must be an in-memory SQLite database/);
    }
  });
});

describe('transcripts', () => {
  it('reads want up to a blank line or the next prompt, keeps <BLANKLINE> and indentation', () => {
    const t = lines(['Prose here.', '  >>> print "a\\n\\nb"', '  a', '  <BLANKLINE>', '  b', '', 'more prose', '>>> 1 + 1', '2', '>>> None'].join('\n'));
    const ex = extractTranscript(t, 1);
    expect(ex.map((e) => [e.line, e.source, e.want])).toEqual([
      [2, 'print "a\\n\\nb"\n', 'a\n<BLANKLINE>\nb\n'],
      [8, '1 + 1\n', '2\n'],
      [10, 'None\n', ''],
    ]);
  });

  it('collects # doctest: directives from source lines', () => {
    const [ex] = extractTranscript(['>>> print 1  # doctest: +SKIP'], 1);
    expect(ex?.directiveText).toEqual([{ text: '+SKIP', line: 1 }]);
  });
});

describe('seed-style plain-text pages', () => {
  const page = [
    'A made-up manual page.', '', 'Code Examples', 'Code Snippet', '# count things', 'n = 3', 'print "n is %d" % n',
    'Code Snippet', 'def f():', '    """Returns the answer', 'this looks like prose but is inside a docstring', '    """', '',
    '    return 42', 'print f()', '', 'Output', '42', '', 'some keywords line, here', '', '  • No labels',
  ];

  it('splits snippets at the next Code Snippet line, an Output line, or a prose line', () => {
    expect(isSeedPage(page)).toBe(true);
    const ex = extractSeedPage(page, 0);
    expect(ex.map((e) => [e.line, e.source, e.want])).toEqual([
      [5, '# count things\nn = 3\nprint "n is %d" % n\n', null],
      [9, 'def f():\n    """Returns the answer\nthis looks like prose but is inside a docstring\n    """\n\n    return 42\nprint f()\n', '42\n'],
    ]);
  });

  it('does not take a Python expression statement named like the Output heading for it', () => {
    const ex = extractSeedPage(['Code Snippet', 'result = 1', 'result', 'if True:', '    Output', 'Results:', '1'], 0);
    expect(ex.map((e) => [e.source, e.want])).toEqual([['result = 1\nresult\nif True:\n    Output\n', '1\n']]);
  });

  it('recognises lines that end code', () => {
    expect(endsCode('system perspective getSessionInfo, perspective.getSessionInfo')).toBe(true);
    expect(endsCode('  • No labels')).toBe(true);
    expect(endsCode('print "x"')).toBe(false);
    expect(endsCode('for index, s in enumerate(x):')).toBe(false);
    expect(endsCode('sessions = system.perspective.getSessionInfo("billy")')).toBe(false);
    expect(endsCode('    print "Session", index')).toBe(false);
  });

  const seedDir = path.resolve(import.meta.dirname, '../../../shared/seeds');
  const seedFiles = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];
  it.skipIf(!runsHere(seedFiles.length > 0))('parses the real seed page as it is: exactly its two snippets, verbatim', () => {
    const text = readFileSync(path.join(seedDir, seedFiles[0] ?? ''), 'utf8');
    const ex = extractSeedPage(splitLines(text), 0);
    expect(ex).toHaveLength(2);
    expect(ex[0]?.source).toBe([
      '# This code counts the number of times a user named "billy" is logged in',
      'sessions = system.perspective.getSessionInfo("billy")',
      'print "Billy has %d sessions" % len(sessions)',
      '',
    ].join('\n'));
    expect(ex[1]?.source).toBe([
      '# This script will get all sessions using the "MyProject" project and display information about them.',
      '# Get the session info.',
      'projectResults = system.perspective.getSessionInfo(projectFilter="MyProject")',
      '# Loop through the sessions.',
      '# Enumerate() gives both the session object and the index.',
      'for index, sessionObj in enumerate(projectResults):',
      '    # Print session info.',
      '    print "Session", index, ": username: ", sessionObj["username"], "uptime: ", sessionObj["uptime"], " seconds"',
      '',
    ].join('\n'));
    // Both snippets are verbatim substrings of the page.
    for (const e of ex) expect(text.replace(/\r\n?/g, '\n')).toContain(e.source);
    expect(ex.every((e) => e.want === null && e.mode === 'exec')).toBe(true);
  });
});

describe('.py files', () => {
  it('is one exec example from line 1, trailing blank lines dropped', () => {
    expect(extractPythonFile(['', 'print 1', 'print 2', '', ''])).toEqual([
      { line: 1, source: '\nprint 1\nprint 2\n', want: null, wantSource: null, mode: 'exec', directiveText: [] },
    ]);
    expect(extractPythonFile(['', '  '])).toEqual([]);
  });
});
