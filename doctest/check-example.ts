/**
 * Decides whether an example's outcome satisfies its expectation.
 * - Smoke example (no expected output): passes iff it raised nothing and exited with 0.
 * - Otherwise stdout is compared doctest-style (see match-text.ts). When the expected output contains a
 *   `Traceback (most recent call last):` header, the text before it is compared with stdout and only the final
 *   `Type: message` part is compared with the exception (the stack lines in between are ignored);
 *   IGNORE_EXCEPTION_DETAIL compares the type only. Module-qualified type names match their short form.
 */
import type { DirectiveFlags } from './directives.js';
import type { Example } from './example.js';
import { textMatches } from './match-text.js';
import type { ExecException, ExecOutcome } from './runner-types.js';

export const TRACEBACK_HEADER = 'Traceback (most recent call last):';
const HEADER_RE = /^Traceback \((?:most recent call last|innermost last)\):\s*$/;

export type CheckResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly expected: string; readonly got: string };

interface ParsedWant {
  readonly output: string;
  readonly traceback: { readonly stack: readonly string[]; readonly message: string } | null;
}

export function parseWant(want: string): ParsedWant {
  const lines = want.replace(/\r\n?/g, '\n').split('\n');
  const header = lines.findIndex((l) => HEADER_RE.test(l));
  if (header < 0) return { output: want, traceback: null };
  let k = header + 1;
  const stack: string[] = [];
  while (k < lines.length && (/^\s/.test(lines[k] ?? '') || (lines[k] ?? '').trim() === '...')) {
    stack.push(lines[k] ?? '');
    k++;
  }
  const outputLines = lines.slice(0, header);
  return {
    output: outputLines.length > 0 ? outputLines.join('\n') + '\n' : '',
    traceback: { stack, message: lines.slice(k).join('\n').replace(/\n+$/, '') },
  };
}

export function formatException(exc: ExecException): string {
  return exc.message === '' ? exc.type : `${exc.type}: ${exc.message}`;
}

/** What the example produced, written the way an expectation would be written. */
export function renderGot(outcome: ExecOutcome, stack: readonly string[] = []): string {
  let text = outcome.stdout.replace(/\r\n?/g, '\n');
  if (outcome.exception) {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    text += [TRACEBACK_HEADER, ...stack, formatException(outcome.exception)].join('\n') + '\n';
  } else if (outcome.exitCode !== 0) {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
    text += `[exit code ${outcome.exitCode}]\n`;
  }
  return text;
}

/**
 * Checks the output (or, for a smoke example, that it ran cleanly), then the effects when the example lists them in
 * an ```effects block: the same lines in the same order (trailing blanks ignored).
 */
export function checkExample(example: Example, outcome: ExecOutcome): CheckResult {
  const checked = checkOutput(example, outcome);
  if (!checked.ok || example.wantEffects === undefined) return checked;
  const expected = normaliseLines(example.wantEffects);
  const got = normaliseLines((outcome.effects ?? []).map((line) => `${line}\n`).join(''));
  if (expected === got) return checked;
  return { ok: false, reason: outcome.effects === undefined ? 'effects are not recorded by this executor' : 'effects differ', expected, got };
}

function normaliseLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).filter((l) => l !== '').map((l) => `${l}\n`).join('');
}

function checkOutput(example: Example, outcome: ExecOutcome): CheckResult {
  const flags = example.directives;
  if (example.want === null) {
    if (!outcome.exception && outcome.exitCode === 0) return { ok: true };
    return {
      ok: false,
      reason: outcome.exception
        ? `raised ${formatException(outcome.exception)} (smoke example: must run without an exception)`
        : `exited with code ${outcome.exitCode} (smoke example: must exit with 0)`,
      expected: '',
      got: renderGot(outcome),
    };
  }
  const wantText = example.wantSource === 'golden' ? example.want : example.want.replace(/^<BLANKLINE>$/gm, '');
  const want = parseWant(wantText);
  const got = renderGot(outcome, want.traceback?.stack ?? []);
  const fail = (reason: string): CheckResult => ({ ok: false, reason, expected: wantText, got });

  if (!outcome.exception && outcome.exitCode !== 0) return fail(`exited with code ${outcome.exitCode}`);
  if (want.traceback === null) {
    if (outcome.exception) return fail(`raised ${formatException(outcome.exception)}`);
    return textMatches(want.output, outcome.stdout, flags) ? { ok: true } : fail('output differs');
  }
  if (!outcome.exception) return fail('expected an exception, none was raised');
  if (!textMatches(want.output, outcome.stdout, flags)) return fail('output before the exception differs');
  return exceptionMatches(want.traceback.message, outcome.exception, flags)
    ? { ok: true }
    : fail('exception differs');
}

function exceptionMatches(wantMessage: string, exc: ExecException, flags: DirectiveFlags): boolean {
  if (flags.IGNORE_EXCEPTION_DETAIL) {
    const wantType = /^([\w.]+)/.exec(wantMessage.trim())?.[1] ?? '';
    return shortType(wantType) === shortType(exc.type);
  }
  return textMatches(unqualify(wantMessage), unqualify(formatException(exc)), flags);
}

function shortType(type: string): string {
  const parts = type.split('.');
  return parts[parts.length - 1] ?? type;
}

/** `exceptions.ValueError: x` -> `ValueError: x` (first line only). */
function unqualify(text: string): string {
  return text.replace(/^[\w.]*\.(\w+)(?=:|\s*$|\n)/, '$1');
}
