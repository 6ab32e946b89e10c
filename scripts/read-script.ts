import { readFileSync } from 'node:fs';
import { UsageError } from './command-line.js';

/** The script `run` runs: its text, the name tracebacks show, and sys.argv. */
export interface Script {
  readonly source: string;
  readonly filename: string;
  readonly argv: readonly string[];
}

const NO_SCRIPT_HINT = "Give one: perspective-sandbox run FILE.py [ARGS...], run -c 'CODE' [ARGS...], or run - (script on stdin).";

/**
 * The script named on the command line, as python takes it: `-c CODE ARGS...` (sys.argv[0] is '-c'),
 * `- ARGS...` (stdin, sys.argv[0] is '-') or `FILE.py ARGS...` (sys.argv[0] is the file name).
 */
export function readScript(positionals: readonly string[], code: string | undefined, readStdin: () => Promise<string>): Promise<Script> | Script {
  if (code !== undefined) return { source: code, filename: '<string>', argv: ['-c', ...positionals] };
  const [file, ...args] = positionals;
  if (file === undefined) throw new UsageError('no script given', NO_SCRIPT_HINT);
  if (file === '-') return readStdin().then((source) => ({ source, filename: '<stdin>', argv: ['-', ...args] }));
  try {
    return { source: readFileSync(file, 'utf8'), filename: file, argv: [file, ...args] };
  } catch (err) {
    throw readError(file, (err as NodeJS.ErrnoException).code);
  }
}

function readError(file: string, code: string | undefined): UsageError {
  switch (code) {
    case 'ENOENT':
      return new UsageError(`No such file: ${file}`, `Check the name; it is looked up from the current directory (${process.cwd()}).`);
    case 'EISDIR':
      return new UsageError(`${file} is a directory, not a script`, 'Give a .py file inside it.');
    case 'EACCES':
    case 'EPERM':
      return new UsageError(`cannot read ${file}: permission denied`, 'Check the file\'s permissions, or pipe it in: perspective-sandbox run - < FILE.py');
    default:
      return new UsageError(`cannot read ${file} (${code ?? 'unknown error'})`, 'Check that it is a readable text file.');
  }
}
