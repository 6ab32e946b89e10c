import type { Interpreter } from '../runtime/index.js';
import type { SharedOptions } from './common-options.js';

/** What a command needs from the process; tests pass their own. */
export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readStdin(): Promise<string>;
  /** Prints "perspective-sandbox CMD: MESSAGE" and a hint to --help; returns exit code 2. */
  usageError(command: string, message: string): number;
  /** Continues interactively in an interpreter (run -i); provided by the CLI once the REPL exists. */
  readonly interactive?: (interpreter: Interpreter, options: SharedOptions) => Promise<number>;
}

export function processIo(interactive?: CommandIo['interactive']): CommandIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    usageError(command, message) {
      process.stderr.write(`perspective-sandbox ${command}: ${message}\nTry 'perspective-sandbox ${command} --help'.\n`);
      return 2;
    },
    ...(interactive ? { interactive } : {}),
  };
}
