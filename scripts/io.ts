import type { IgnitionInterpreter } from '../bindings/run-script.js';
import { helpHint } from './command-line.js';
import type { SharedOptions } from './common-options.js';

/** The two lines of a usage error: what is wrong, then what to do. */
export function usageMessage(command: string, message: string, hint?: string): string {
  return `perspective-sandbox ${command}: ${message}\n${hint ?? helpHint(command)}\n`;
}

/** What a command needs from the process; tests pass their own. */
export interface CommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readStdin(): Promise<string>;
  /** Prints "perspective-sandbox CMD: MESSAGE" and a line saying what to do (default: see --help); returns exit code 2. */
  usageError(command: string, message: string, hint?: string): number;
  /** Continues interactively in an interpreter (run -i); provided by the CLI once the REPL exists. */
  readonly interactive?: (interpreter: IgnitionInterpreter, options: SharedOptions) => Promise<number>;
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
    usageError(command, message, hint) {
      process.stderr.write(usageMessage(command, message, hint));
      return 2;
    },
    ...(interactive ? { interactive } : {}),
  };
}
