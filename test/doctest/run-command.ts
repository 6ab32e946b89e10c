import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { doctestCommand } from '../../scripts/doctest-command.js';
import type { ExecutorFactory } from '../../doctest/runner-types.js';
import { createFakeFactory } from './fake-executor.js';

export interface CommandRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCommand(
  argv: string[],
  opts: { cwd: string; factory?: ExecutorFactory; env?: Record<string, string>; tty?: boolean },
): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const code = await doctestCommand(argv, {
    cwd: opts.cwd,
    env: opts.env ?? {},
    factory: opts.factory ?? createFakeFactory(),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { isTTY: opts.tty ?? false, write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** A temporary folder holding the given files (paths relative to it). */
export function tempTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'doctest-test-'));
  for (const [rel, text] of Object.entries(files)) {
    const full = path.join(dir, rel);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return dir;
}

export function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}
