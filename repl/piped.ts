import { createInterface } from 'node:readline';
import type { ReplEngine } from './engine.js';

/**
 * The REPL over piped input, like `python -i < file` minus the prompts: statements are grouped and
 * run as at the prompt (values echoed to stdout, tracebacks to stderr) and the REPL carries on after
 * errors. The status is that of the last failed entry (0 if none), or n after sys.exit(n).
 * (CPython 2's `python -i < file` exits 0 even after errors; the last error's status is more useful in CI.)
 */
export async function runPiped(engine: ReplEngine, input: NodeJS.ReadableStream): Promise<number> {
  const onSigint = () => {
    const stopped = engine.interrupt();
    if (stopped === 'idle' || stopped === 'cancelled') process.exit(130);
  };
  process.on('SIGINT', onSigint);
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      const result = await engine.feed(line);
      if (result.exit !== undefined) return result.exit === 'eof' ? engine.lastErrorCode : result.exit;
    }
    const result = await engine.flush();
    if (result.exit !== undefined) return result.exit === 'eof' ? engine.lastErrorCode : result.exit;
    return engine.lastErrorCode;
  } finally {
    lines.close();
    process.off('SIGINT', onSigint);
  }
}
