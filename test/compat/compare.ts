import { unifiedDiff } from '../../doctest/unified-diff.js';
import type { RunResult } from '../../runtime/index.js';
import type { Effect } from '../../bindings/index.js';
import type { RecordedEffect } from './corpus.js';

export interface Expected {
  readonly name: string;
  readonly stdout: string;
  readonly exitCode: number;
  readonly exception: string | null;
  readonly effects: readonly RecordedEffect[];
}

/** JSON with object keys sorted, so effects compare by value (Jython's json and JavaScript order keys differently). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** One line per effect, function, args and targets only (no seq or timestamp), for comparing and diffing. */
function effectLines(effects: readonly Pick<Effect, 'function' | 'args' | 'targets'>[] | readonly RecordedEffect[]): string {
  return effects.map((e) => `${canonical({ function: e.function, args: e.args, targets: e.targets })}\n`).join('');
}

/** The last non-blank line of stderr: the exception line of a traceback, or a sys.exit text. */
export function lastStderrLine(stderr: string): string | null {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  return lines.at(-1) ?? null;
}

/** Null when the run matches the golden; otherwise a report with a unified diff of stdout. */
export function describeMismatch(expected: Expected, got: RunResult & { readonly effects: readonly Effect[] }): string | null {
  const problems: string[] = [];
  const wantEffects = effectLines(expected.effects);
  const gotEffects = effectLines(got.effects);
  if (wantEffects !== gotEffects) {
    problems.push(`effects:\n${unifiedDiff(wantEffects, gotEffects, 1, { from: `golden/${expected.name}.effects.jsonl (Jython)`, to: 'sandbox effects' })}`);
  }
  if (got.stdout !== expected.stdout) {
    const diff = unifiedDiff(expected.stdout, got.stdout, 3, { from: `golden/${expected.name}.out (Jython)`, to: `sandbox stdout` });
    problems.push(diff !== '' ? diff : `stdout differs only in line endings or the final newline:\n  golden:  ${JSON.stringify(expected.stdout.slice(-80))}\n  sandbox: ${JSON.stringify(got.stdout.slice(-80))}`);
  }
  if (got.exitCode !== expected.exitCode) problems.push(`exit code: golden ${expected.exitCode}, sandbox ${got.exitCode}`);
  if (expected.exception !== null) {
    const last = lastStderrLine(got.stderr);
    if (last !== expected.exception) problems.push(`exception line:\n  golden:  ${expected.exception}\n  sandbox: ${last ?? '(none)'}`);
  }
  if (problems.length === 0) return null;
  const stderr = got.stderr.trim() === '' ? '' : `\nsandbox stderr:\n${got.stderr.trimEnd()}`;
  return `corpus/${expected.name}.py differs from Jython:\n${problems.join('\n')}${stderr}`;
}
