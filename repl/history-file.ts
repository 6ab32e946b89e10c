import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Lines kept in the history file (and in memory). */
export const HISTORY_SIZE = 1000;

/**
 * The history file: `$PERSPECTIVE_SANDBOX_HISTORY`, else `~/.perspective_sandbox_history`.
 * An empty `PERSPECTIVE_SANDBOX_HISTORY` turns persistence off (undefined).
 */
export function historyFilePath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const override = env['PERSPECTIVE_SANDBOX_HISTORY'];
  if (override !== undefined) return override.trim() === '' ? undefined : override;
  return join(env['HOME'] ?? homedir(), '.perspective_sandbox_history');
}

/** Reads the file (oldest line first) and returns readline's order: newest first, at most HISTORY_SIZE. */
export function loadHistory(file: string | undefined): string[] {
  if (file === undefined) return [];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text.split('\n').filter((line) => line.trim() !== '').slice(-HISTORY_SIZE).reverse();
}

/** Writes readline's history (newest first) as a file of lines, oldest first. Failures are not fatal. */
export function saveHistory(file: string | undefined, newestFirst: readonly string[]): void {
  if (file === undefined) return;
  const lines = newestFirst.slice(0, HISTORY_SIZE).reverse();
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, lines.length === 0 ? '' : `${lines.join('\n')}\n`, { mode: 0o600 });
  } catch {
    // A read-only home must not break the REPL; history then lasts for this run only.
  }
}
