/** Adapts a sandbox Python session (the runtime's PythonSession shape) to the engine's ExampleExecutor. */
import type { ExampleExecutor, ExecMode, ExecOutcome } from './runner-types.js';

/** The part of the runtime's PythonSession the doctest engine uses. */
export interface PythonSessionLike {
  exec(source: string, opts: { filename: string; mode: ExecMode }): Promise<{
    ok: boolean;
    exitCode: number;
    stdout: string;
    stderr: string;
    error?: { type: string; message: string } | undefined;
  }>;
}

/**
 * Runs examples in the session. The source is preceded by blank lines so that traceback line numbers are the
 * document's line numbers (an example at line 40 reports its first line as line 40).
 * `release` is called once when the document is done (dispose the session, or reset it and keep it warm).
 */
export function executorFromSession(session: PythonSessionLike, release: () => Promise<void>): ExampleExecutor {
  return {
    async exec(source, opts): Promise<ExecOutcome> {
      const padded = '\n'.repeat(Math.max(0, opts.firstLine - 1)) + source;
      const r = await session.exec(padded, { filename: opts.filename, mode: opts.mode });
      return {
        stdout: r.stdout,
        stderr: r.stderr,
        exception: r.error ? { type: r.error.type, message: r.error.message } : null,
        exitCode: r.ok ? 0 : r.exitCode === 0 ? 1 : r.exitCode,
      };
    },
    async dispose(): Promise<void> {
      await release();
    },
  };
}
