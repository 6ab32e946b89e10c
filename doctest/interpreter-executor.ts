/** Adapts a sandbox Python interpreter (the runtime's Interpreter shape) to the engine's ExampleExecutor. */
import { effectLine, type EffectLineInput } from '../bindings/effects/effect-lines.js';
import type { ExampleExecutor, ExecMode, ExecOutcome } from './runner-types.js';

/** The part of the runtime's Interpreter the doctest engine uses. */
export interface InterpreterLike {
  exec(source: string, opts: { filename: string; mode: ExecMode }): Promise<{
    ok: boolean;
    exitCode: number;
    stdout: string;
    stderr: string;
    error?: { type: string; message: string } | undefined;
    /** The run's effects, when the interpreter records them (createIgnitionInterpreter does). */
    effects?: readonly EffectLineInput[];
  }>;
}

/**
 * Runs examples in the interpreter. The source is preceded by blank lines so that traceback line numbers are the
 * document's line numbers (an example at line 40 reports its first line as line 40).
 * `release` is called once when the document is done (dispose the interpreter, or reset it and keep it warm).
 */
export function executorFromInterpreter(interpreter: InterpreterLike, release: () => Promise<void>): ExampleExecutor {
  return {
    async exec(source, opts): Promise<ExecOutcome> {
      const padded = '\n'.repeat(Math.max(0, opts.firstLine - 1)) + source;
      const r = await interpreter.exec(padded, { filename: opts.filename, mode: opts.mode });
      return {
        stdout: r.stdout,
        stderr: r.stderr,
        exception: r.error ? { type: r.error.type, message: r.error.message } : null,
        exitCode: r.exitCode,
        ...(r.effects !== undefined ? { effects: r.effects.map(effectLine) } : {}),
      };
    },
    async dispose(): Promise<void> {
      await release();
    },
  };
}
