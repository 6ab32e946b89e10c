import { isUnicode } from './py2/unicode.js';
import { requireSlot } from './slots.js';
import type { PyException, PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/** Source text of every file the session has compiled, for traceback lines (by compile name, see runName). */
const sources = new Map<string, string[]>();
/** Compile name of a run -> the file name it shows. */
const displayNames = new Map<string, string>();
/** Runs whose source is kept for the tracebacks of functions they defined; the oldest are forgotten first. */
const KEPT_RUNS = 1000;
const RUN_MARK = '#ps-run-';
let runs = 0;

export function rememberSource(filename: string, source: string): void {
  sources.set(filename, source.split('\n'));
}

/**
 * The name a run's code is compiled under: its file name plus a run number, so that the frames of a function
 * defined by an earlier run with the same file name (an earlier REPL entry, all named <stdin>) find that run's
 * source lines and def, not the latest run's. Tracebacks show the file name (displayName).
 */
export function runName(filename: string, source: string): string {
  const name = `${filename}${RUN_MARK}${++runs}`;
  displayNames.set(name, filename);
  rememberSource(name, source);
  rememberSource(filename, source);
  if (displayNames.size > KEPT_RUNS) {
    const oldest = displayNames.keys().next().value as string;
    displayNames.delete(oldest);
    sources.delete(oldest);
  }
  return name;
}

/** A file compiled under another name than the one tracebacks should show (a package served from the host). */
export function registerDisplayFile(compileName: string, display: string, source: string): void {
  displayNames.set(compileName, display);
  rememberSource(compileName, source);
}

/** The file name a compile name stands for. */
export function displayName(name: string): string {
  return displayNames.get(name) ?? name;
}

/** Generated code sets `__file__` to the compile name; scripts see the file name. */
export function withDisplayFile(code: string): string {
  return code.replace(/(__file__=new Sk\.builtins\.str\((['"])(?:[^'"\\]|\\.)*?)#ps-run-\d+(\2\))/g, '$1$3');
}

interface Frame { lineno: number; filename: string }

/** The frames generated code recorded on an exception, innermost last in the list: outermost first. */
function framesOf(err: PyException): Frame[] {
  return (err.traceback ?? []).flatMap((f) => (typeof f.lineno === 'number' ? [{ lineno: f.lineno, filename: f.filename ?? '<string>' }] : [])).reverse();
}

/** A CPython-style traceback: outermost frame first, each with its source line, then `Type: message`. */
export function formatTraceback(err: PyException): string {
  if (err instanceof Sk.builtin.SyntaxError) return formatSyntaxError(err);
  const frames = framesOf(err);
  let out = 'Traceback (most recent call last):\n';
  frames.forEach((frame, i) => {
    const lines = sources.get(frame.filename);
    const scope = i === 0 ? '<module>' : enclosingScope(lines, frame.lineno);
    out += `  File "${displayName(frame.filename)}", line ${frame.lineno}, in ${scope}\n`;
    const text = lines?.[frame.lineno - 1]?.trim();
    if (text) out += `    ${text}\n`;
  });
  return out + exceptionLine(err) + '\n';
}

function formatSyntaxError(err: PyException): string {
  const frame = err.traceback[0];
  const filename = err.$filename ?? frame?.filename ?? '<string>';
  const lineno = err.$line ?? frame?.lineno ?? 1;
  let out = `  File "${displayName(filename)}", line ${lineno}\n`;
  const raw = sources.get(filename)?.[lineno - 1];
  if (raw !== undefined && raw.trim() !== '') {
    const indent = raw.length - raw.trimStart().length;
    out += `    ${raw.trim()}\n`;
    if (typeof err.$column === 'number') out += `    ${' '.repeat(Math.max(0, err.$column - indent))}^\n`;
  }
  return out + exceptionLine(err) + '\n';
}

/** `Type: message`, with the module prefix Python 2 prints for exceptions not defined by the runtime. */
export function exceptionLine(err: PyException): string {
  const message = exceptionMessage(err);
  return message === '' ? exceptionTypeName(err) : `${exceptionTypeName(err)}: ${message}`;
}

export function exceptionTypeName(err: PyException): string {
  const type = err.ob$type;
  const name = type.prototype.tp$name;
  let moduleName: string | undefined;
  try {
    const module = requireSlot(type, 'tp$getattr').call(type, new Sk.builtin.str('__module__'));
    moduleName = module instanceof Sk.builtin.str ? module.v : undefined;
  } catch {
    moduleName = undefined;
  }
  return moduleName !== undefined && moduleName !== 'builtins' && moduleName !== 'exceptions' ? `${moduleName}.${name}` : name;
}

export function exceptionMessage(err: PyException): string {
  try {
    return unsafeExceptionMessage(err);
  } catch {
    // A hostile or broken __str__ must not take the error report down with it (Jython's wording).
    return '<exception str() failed>';
  }
}

function unsafeExceptionMessage(err: PyException): string {
  if (err instanceof Sk.builtin.SyntaxError) {
    const text = String((err.args.v[0] as { v?: unknown } | undefined)?.v ?? '');
    return text === 'bad input' || text.startsWith('bad token') ? 'invalid syntax' : text;
  }
  const args: PyObject[] = err.args?.v ?? [];
  const ownStr = err.ob$type.prototype.tp$str !== Sk.builtin.BaseException.prototype.tp$str;
  if (ownStr && !(err instanceof Sk.builtin.KeyError && !err.ob$type.$isSubType)) return new Sk.builtin.str(err).v;
  if (args.length === 0) return '';
  if (args.length === 1) {
    const [arg] = args;
    if (arg === undefined) return '';
    if (err instanceof Sk.builtin.KeyError) return Sk.misceval.objectRepr(arg);
    if (arg instanceof Sk.builtin.str && !isUnicode(arg)) return arg.v;
    return new Sk.builtin.str(arg).v;
  }
  return Sk.misceval.objectRepr(err.args);
}

/** The name of the def or class whose body holds a line: what CPython prints after "in". */
function enclosingScope(lines: string[] | undefined, lineno: number): string {
  if (lines === undefined) return '?';
  const own = /^\s*def\s+([A-Za-z_]\w*)[^:]*:\s*[^\s#]/.exec(lines[lineno - 1] ?? '');
  if (own?.[1] !== undefined) return own[1];
  let limit = indentOf(lines[lineno - 1] ?? '');
  for (let i = lineno - 2; i >= 0 && limit > 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = indentOf(line);
    if (indent >= limit) continue;
    const match = /^\s*(?:def|class)\s+([A-Za-z_]\w*)/.exec(line);
    if (match?.[1] !== undefined) return match[1];
    limit = indent;
  }
  return '<module>';
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** One frame of a caught exception, as traceback.extract_tb gives it (the file name as scripts see it): outermost first. */
export interface ExtractedFrame { filename: string; lineno: number; name: string; line: string }

export function extractFrames(err: PyException): ExtractedFrame[] {
  const frames = framesOf(err);
  return frames.map((frame) => {
    const lines = sources.get(frame.filename);
    return {
      // The file name as the script knows it (runs are compiled under per-run names: runName).
      filename: displayName(frame.filename),
      lineno: frame.lineno,
      name: enclosingScope(lines, frame.lineno),
      line: lines?.[frame.lineno - 1]?.trim() ?? '',
    };
  });
}

/** The source line of a file the session compiled (1-based), or '' (linecache over sandbox sources only). */
export function sourceLine(filename: string, lineno: number): string {
  const lines = sources.get(filename);
  const line = lines?.[lineno - 1];
  return line === undefined ? '' : `${line}\n`;
}
