import { closeSync, openSync, writeSync } from 'node:fs';
import type { EffectLog } from '../bindings/effects/effect-log.js';
import { UsageError } from './command-line.js';

/**
 * `--effects FILE.jsonl`: every effect the log records from now on is written to FILE as one JSON object per line
 * (seq, function, args, targets, timestamp), at once and synchronously, so a run killed later loses none. The file
 * is created or emptied first; one that cannot be opened is a usage error (exit 2) before anything runs.
 */
export function streamEffectsTo(path: string, log: EffectLog): { close(): void } {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (err) {
    throw new UsageError(`cannot write --effects file ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const unsubscribe = log.onEffect((effect) => {
    writeSync(fd, `${JSON.stringify(effect)}\n`);
  });
  return {
    close() {
      unsubscribe();
      closeSync(fd);
    },
  };
}
