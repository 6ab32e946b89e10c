import type { Interpreter } from '../runtime/index.js';
import { BANNER } from './banner.js';
import { ReplEngine, type ReplHost } from './engine.js';
import { historyFilePath } from './history-file.js';
import { runPiped } from './piped.js';
import { clearTerminal, runTerminal } from './terminal.js';

export { ReplEngine, type ReplHost, type FeedResult } from './engine.js';
export { BANNER } from './banner.js';

export interface ReplOptions {
  /** The interpreter to start in (its globals are kept: `run -i`). */
  readonly interpreter: Interpreter;
  /** Whether the REPL disposes `interpreter` when it ends. */
  readonly ownsInterpreter: boolean;
  readonly createInterpreter: ReplHost['createInterpreter'];
  readonly listSessions: ReplHost['listSessions'];
  readonly listEffects?: ReplHost['listEffects'];
  /** Print the banner at a terminal (not after `run -i`, like `python -i script.py`). */
  readonly banner: boolean;
  /** The exit status an entry's result stands for (default: its exitCode). */
  readonly exitStatus?: ReplHost['exitStatus'];
  readonly input?: NodeJS.ReadStream;
  readonly output?: NodeJS.WriteStream;
  readonly errors?: NodeJS.WriteStream;
}

/** Runs the REPL on this process's terminal, or over piped stdin when stdin is not a TTY. Resolves with the exit status. */
export async function runRepl(options: ReplOptions): Promise<number> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const errors = options.errors ?? process.stderr;
  const interactive = input.isTTY === true;
  const engine = new ReplEngine(options.interpreter, {
    stdout: output,
    stderr: errors,
    notices: interactive ? output : errors,
    createInterpreter: options.createInterpreter,
    listSessions: options.listSessions,
    ...(options.listEffects ? { listEffects: options.listEffects } : {}),
    ...(options.exitStatus ? { exitStatus: options.exitStatus } : {}),
    ...(interactive ? { clearScreen: () => clearTerminal(output) } : {}),
  }, { ownsInterpreter: options.ownsInterpreter });
  try {
    if (!interactive) return await runPiped(engine, input);
    const historyFile = historyFilePath();
    return await runTerminal(engine, {
      input,
      output,
      ...(options.banner ? { banner: BANNER } : {}),
      ...(historyFile !== undefined ? { historyFile } : {}),
      completions: (text) => engine.completions(text),
    });
  } finally {
    await engine.dispose();
  }
}
