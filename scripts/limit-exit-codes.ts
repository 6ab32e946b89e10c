import { EXIT, type RunResult } from '../runtime/index.js';

/**
 * `--limit-exit-codes`: the limits' exit codes moved out of the way of `sys.exit(n)`. By default the time,
 * memory and output limits exit with 3, 4 and 5, which a script can also exit with; these are the codes
 * timeout(1) uses for "timed out" and its own failures, which scripts rarely pick.
 */
export const MOVED_LIMIT_EXIT_CODES = { time: 124, memory: 125, output: 126 } as const;

const DEFAULT_CODES = { time: EXIT.timeLimit, memory: EXIT.memoryLimit, output: EXIT.outputLimit } as const;

/** The exit status for a run: its own, or the moved code when a limit stopped it and `moved` is set. */
export function exitStatus(result: RunResult, moved: boolean): number {
  const limit = result.error?.limit;
  if (!moved || limit === undefined || limit === 'recursion') return result.exitCode;
  return result.exitCode === DEFAULT_CODES[limit] ? MOVED_LIMIT_EXIT_CODES[limit] : result.exitCode;
}
