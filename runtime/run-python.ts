import type { RunResult } from './result.js';
import { PythonSession, type ExecOptions, type SessionOptions } from './sandbox-session.js';

/**
 * One call: run Python source in a fresh sandbox with the given host modules, and dispose of it.
 * Nothing from this run is visible to any other.
 */
export async function runPython(source: string, options: SessionOptions & ExecOptions = {}): Promise<RunResult> {
  const session = await PythonSession.create(options);
  try {
    return await session.exec(source, options);
  } finally {
    await session.dispose();
  }
}
