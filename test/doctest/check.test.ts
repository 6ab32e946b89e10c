import { describe, expect, it } from 'vitest';
import { checkExample, parseWant } from '../../doctest/check-example.js';
import { NO_FLAGS, parseDirectiveList, applyDirectives, type DirectiveFlags } from '../../doctest/directives.js';
import type { Example } from '../../doctest/example.js';
import { ellipsisMatch, textMatches } from '../../doctest/match-text.js';
import type { ExecOutcome } from '../../doctest/runner-types.js';

const flags = (text: string): DirectiveFlags => {
  const p = parseDirectiveList(text);
  if (!p.ok) throw new Error(p.message);
  return applyDirectives(NO_FLAGS, p.changes);
};
const example = (want: string | null, f = '', wantSource: Example['wantSource'] = 'transcript'): Example => ({
  id: 'doc.md:1', file: 'doc.md', line: 1, source: 'x\n', want, wantSource: want === null ? null : wantSource,
  mode: 'single', directives: flags(f), kind: want === null ? 'smoke' : 'doctest', goldenSourceChanged: false,
});
const out = (stdout: string, exception: ExecOutcome['exception'] = null, exitCode = exception ? 1 : 0): ExecOutcome => ({
  stdout, stderr: '', exception, exitCode,
});

describe('directive parsing', () => {
  it('turns flags on and off and rejects unknown ones', () => {
    const f = applyDirectives(flags('+ELLIPSIS +SKIP'), (parseDirectiveList('-SKIP, +ALLOW_UNICODE') as { ok: true; changes: [] }).changes);
    expect(f).toMatchObject({ ELLIPSIS: true, SKIP: false, ALLOW_UNICODE: true, NORMALIZE_WHITESPACE: false });
    const bad = parseDirectiveList('+ELIPSIS');
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.message).toMatch(/unknown doctest directive '\+ELIPSIS'/);
  });
});

describe('output matching', () => {
  it('ignores trailing whitespace and line-ending differences, but not other whitespace', () => {
    expect(textMatches('a\nb\n', 'a  \r\nb\n\n', NO_FLAGS)).toBe(true);
    expect(textMatches('a b\n', 'a  b\n', NO_FLAGS)).toBe(false);
  });

  it('ELLIPSIS matches any text, across lines', () => {
    expect(textMatches('start ... end\n', 'start 1\n2\n3 end\n', flags('+ELLIPSIS'))).toBe(true);
    expect(textMatches('start ... end\n', 'start 1\n2\n3 end\n', NO_FLAGS)).toBe(false);
    expect(ellipsisMatch('aa...aa', 'aaa')).toBe(false);
    expect(ellipsisMatch('a...b...c', 'a-c-c')).toBe(false);
    expect(ellipsisMatch('a...b...c', 'a-c-b-c')).toBe(true);
    expect(ellipsisMatch('a...b...c', 'a-b-c')).toBe(true);
    expect(ellipsisMatch('...', '')).toBe(true);
  });

  it('NORMALIZE_WHITESPACE treats runs of whitespace (newlines included) as one space', () => {
    expect(textMatches('[1, 2,\n 3]\n', '[1, 2, 3]\n', flags('+NORMALIZE_WHITESPACE'))).toBe(true);
    expect(textMatches('[1, 2,\n 3]\n', '[1, 2, 3]\n', NO_FLAGS)).toBe(false);
  });

  it("ALLOW_UNICODE ignores u'' prefixes on both sides", () => {
    expect(textMatches("['a', 'b']\n", "[u'a', u'b']\n", flags('+ALLOW_UNICODE'))).toBe(true);
    expect(textMatches("{u'k': U\"v\"}\n", "{'k': \"v\"}\n", flags('+ALLOW_UNICODE'))).toBe(true);
    expect(textMatches("['a']\n", "[u'a']\n", NO_FLAGS)).toBe(false);
    expect(textMatches("menu'x'\n", "men'x'\n", flags('+ALLOW_UNICODE'))).toBe(false);
  });
});

describe('checkExample', () => {
  it('replaces <BLANKLINE> in transcript wants', () => {
    expect(checkExample(example('a\n<BLANKLINE>\nb\n'), out('a\n\nb\n')).ok).toBe(true);
  });

  it('smoke examples pass iff nothing was raised and the exit code is 0', () => {
    expect(checkExample(example(null), out('anything\n')).ok).toBe(true);
    const raised = checkExample(example(null), out('', { type: 'KeyError', message: "'x'" }));
    expect(raised).toMatchObject({ ok: false, reason: expect.stringMatching(/raised KeyError: 'x'.*smoke/) });
    expect(checkExample(example(null), out('', null, 3)).ok).toBe(false);
  });

  it('compares exceptions on the header and the final Type: message line only', () => {
    const want = 'Traceback (most recent call last):\n  File "<doc>", line 1, in <module>\n  ...\nValueError: bad value\n';
    expect(checkExample(example(want), out('', { type: 'ValueError', message: 'bad value' })).ok).toBe(true);
    expect(checkExample(example(want), out('', { type: 'exceptions.ValueError', message: 'bad value' })).ok).toBe(true);
    const wrong = checkExample(example(want), out('', { type: 'ValueError', message: 'other' }));
    expect(wrong).toMatchObject({ ok: false, reason: 'exception differs' });
    // got is rendered with the expected stack so the diff shows only the message line
    expect(wrong.ok ? '' : wrong.got).toBe('Traceback (most recent call last):\n  File "<doc>", line 1, in <module>\n  ...\nValueError: other\n');
    expect(checkExample(example(want), out('')).ok).toBe(false);
    expect(checkExample(example('1\n'), out('1\n', { type: 'ValueError', message: 'x' })).ok).toBe(false);
  });

  it('compares output printed before the exception', () => {
    const want = 'before\nTraceback (most recent call last):\nNameError: name \'y\' is not defined\n';
    expect(checkExample(example(want), out('before\n', { type: 'NameError', message: "name 'y' is not defined" })).ok).toBe(true);
    expect(checkExample(example(want), out('other\n', { type: 'NameError', message: "name 'y' is not defined" })).ok).toBe(false);
  });

  it('IGNORE_EXCEPTION_DETAIL compares the type only (module-qualified names ok)', () => {
    const want = 'Traceback (most recent call last):\n    ...\nmymod.KeyError: something else\n';
    const got = out('', { type: 'KeyError', message: "'nope'" });
    expect(checkExample(example(want, '+IGNORE_EXCEPTION_DETAIL'), got).ok).toBe(true);
    expect(checkExample(example(want), got).ok).toBe(false);
    expect(checkExample(example(want, '+IGNORE_EXCEPTION_DETAIL'), out('', { type: 'ValueError', message: 'x' })).ok).toBe(false);
  });

  it('ELLIPSIS applies to the exception message too', () => {
    const want = 'Traceback (most recent call last):\nTypeError: getSessionInfo() takes ...\n';
    expect(checkExample(example(want, '+ELLIPSIS'), out('', { type: 'TypeError', message: 'getSessionInfo() takes at most 2 arguments (3 given)' })).ok).toBe(true);
  });

  it('parseWant splits output, stack and message', () => {
    expect(parseWant('x\nTraceback (most recent call last):\n  File "a", line 1\nE: m\n')).toEqual({
      output: 'x\n', traceback: { stack: ['  File "a", line 1'], message: 'E: m' },
    });
  });
});
