import { fileURLToPath } from 'node:url';
import { runScript, type IgnitionOptions } from '../bindings/index.js';
import type { RunResult } from '../runtime/index.js';

export const SMALL_FIXTURE = fileURLToPath(new URL('./fixtures/small-sessions.json', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a script against the small test fixture (or the given options). */
export function run(source: string, options: IgnitionOptions = {}): Promise<RunResult> {
  return runScript(source, { sessionsFile: SMALL_FIXTURE, filename: 'test.py', ...options });
}

/** Runs a script that must succeed and returns its stdout. */
export async function output(source: string, options: IgnitionOptions = {}): Promise<string> {
  const result = await run(source, options);
  if (!result.ok) throw new Error(`script failed (${result.exitCode}):\n${result.stderr}`);
  return result.stdout;
}

/** Dedents a template literal of Python source. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...text.split('\n').filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return text.split('\n').map((l) => l.slice(indent)).join('\n');
}
