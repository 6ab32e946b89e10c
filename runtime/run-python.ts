import type { RunResult } from './result.js';
import { Interpreter, type ExecOptions, type InterpreterOptions } from './interpreter.js';

/**
 * One call: run Python source in a fresh sandbox with the given host modules, and dispose of it.
 * Nothing from this run is visible to any other.
 */
export async function runPython(source: string, options: InterpreterOptions & ExecOptions = {}): Promise<RunResult> {
  const session = await Interpreter.create(options);
  try {
    return await session.exec(source, options);
  } finally {
    await session.dispose();
  }
}
