/** Adapts a sandbox Python session (the runtime's PythonSession shape) to the engine's ExampleExecutor. */
import type { ExampleExecutor, ExecMode, ExecOutcome } from './runner-types.js';

/** The part of the runtime's PythonSession the doctest engine uses. */
export interface PythonSessionLike {
  exec(source: string, opts: { filename: string; mode: ExecMode; lineOffset: number }): Promise<{
    ok: boolean;
    exitCode: number;
    stdout: string;
    stderr: string;
    error?: { type: string; message: string } | undefined;
  }>;
  dispose(): void | Promise<void>;
}

export function executorFromSession(session: PythonSessionLike): ExampleExecutor {
  return {
    async exec(source, opts): Promise<ExecOutcome> {
      const r = await session.exec(source, { filename: opts.filename, mode: opts.mode, lineOffset: opts.firstLine - 1 });
      return {
        stdout: r.stdout,
        stderr: r.stderr,
        exception: r.error ? { type: r.error.type, message: r.error.message } : null,
        exitCode: r.ok ? 0 : r.exitCode === 0 && r.error ? 1 : r.exitCode,
      };
    },
    async dispose(): Promise<void> {
      await session.dispose();
    },
  };
}
