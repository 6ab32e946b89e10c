import { EXIT } from '../exit-codes.js';
import type { CompiledScript, ExecMode, ExecOutcome } from '../wire.js';
import { bridge } from './bridge.js';
import { sourceUrlFor } from './caller-lines.js';
import { admitDiagnostic, admitOutput, isRecursionStop, limitMessage, outputExhausted, startRun, stopReasonOfRun } from './limits.js';
import { OutputBytes } from './py2/output-bytes.js';
import { finishSoftspace, printLineOnStdout } from './py2/print-statement.js';
import { exceptionLine, exceptionMessage, exceptionTypeName, formatTraceback, rememberSource, runName, withDisplayFile } from './traceback.js';
import type { PyException, PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

// What is still pending at the end of a run (at most a cut UTF-8 sequence) is flushed straight out.
const stdoutBytes = new OutputBytes((text) => bridge.write(0, text));
const stderrBytes = new OutputBytes((text) => bridge.write(1, text));

/** Script output on either stream counts against the output limit; past it the run stops. */
function emit(stream: 0 | 1, text: string): void {
  const admitted = admitOutput(text);
  if (admitted !== '') bridge.write(stream, admitted);
  if (outputExhausted()) throw new Sk.builtin.SandboxLimit(limitMessage('output'));
}

/** `bytes`: the text is a Python 2 str (bytes, shown as UTF-8); otherwise it is text (unicode, host strings). */
export function writeStdout(output: string, bytes = false): void {
  const text = stdoutBytes.text(output, bytes);
  if (text !== '') emit(0, text);
}

export function writeStderr(output: string, bytes = false): void {
  const text = stderrBytes.text(output, bytes);
  if (text !== '') emit(1, text);
}

/**
 * The runtime's own report after a run (a traceback). It counts against the output limit like any output, but
 * it never stops anything: past the limit its middle is cut, with a notice (see admitDiagnostic).
 */
function writeDiagnostic(text: string): void {
  bridge.write(1, admitDiagnostic(stderrBytes.text('', false) + text));
}

type ModuleFunction = (globals: Record<string, PyObject>) => unknown;

/** Compiles Python source to a JS module function. Syntax errors surface as Python SyntaxError. */
export function compile(source: string, filename: string): ModuleFunction {
  rememberSource(filename, source);
  return evaluateCompiled(Sk.compile(source, filename, 'exec', false), filename);
}

/** The module function of generated code: a function of the module's globals. */
function evaluateCompiled(code: { readonly funcname: string; readonly code: string }, filename: string): ModuleFunction {
  const evaluated = `${withDisplayFile(code.code)}\n${code.funcname};`;
  // The source URL lets caller-lines.ts place the frames of this run in its code (for `warnings`).
  return Sk.global.eval(`${evaluated}\n//# sourceURL=${sourceUrlFor(filename, evaluated)}`) as ModuleFunction;
}

/**
 * The run's module function: from the request's compiled script when it was made under this run's name (the host
 * keeps them: runtime/sandbox/compiled-scripts.ts), else compiled here, and then handed to the host first if the
 * request asked (before anything of the script runs).
 */
function moduleFunction(text: string, name: string, options: RunOptions): ModuleFunction {
  const kept = options.compiled;
  if (kept !== undefined && kept.name === name) return evaluateCompiled(kept, name);
  const code = Sk.compile(text, name, 'exec', false);
  if (options.reportCompiled === true) bridge.compiled(name, code.funcname, code.code);
  return evaluateCompiled(code, name);
}

/** What a run does besides running: its own time limit, and whether its last expression's value is kept. */
export interface RunOptions {
  readonly timeoutMs?: number | undefined;
  readonly captureLast?: boolean;
  /** Plain runs only (mode 'exec', no captureLast): see moduleFunction. */
  readonly compiled?: CompiledScript | undefined;
  readonly reportCompiled?: boolean | undefined;
}

/** The value of the last expression statement of a run made with `captureLast` (undefined: there was none). */
let lastValue: PyObject | undefined;

export function capturedLastValue(): PyObject | undefined {
  return lastValue;
}

/**
 * Runs source against a module's globals. In 'single' mode (the REPL, doctest transcripts) expression
 * statements at the top level print their repr and bind `_`, as sys.displayhook does. With `captureLast`, the
 * value of a final top-level expression statement is kept for capturedLastValue().
 */
export function execSource(source: string, filename: string, mode: ExecMode, globals: Record<string, PyObject>, options: RunOptions = {}): ExecOutcome {
  startRun(options.timeoutMs);
  lastValue = undefined;
  try {
    const name = runName(filename, source);
    // In 'single' mode every expression statement is displayed, and the display keeps the value too.
    const text = mode === 'single' ? withDisplayHooks(source, filename, 'all') : options.captureLast === true ? withDisplayHooks(source, filename, 'last') : source;
    const plain = text === source;
    const moduleFn = plain ? moduleFunction(text, name, options) : compile(text, name);
    rememberSource(name, source);
    rememberSource(filename, source);
    Sk.globals = globals;
    Sk.misceval.retryOptionalSuspensionOrThrow(moduleFn(globals));
    finishSoftspace();
    return { status: 'ok', exitCode: 0 };
  } catch (err) {
    return outcomeOf(err);
  }
}

function outcomeOf(thrown: unknown): ExecOutcome {
  const reason = stopReasonOfRun();
  if (reason === 'time' || reason === 'output') {
    const message = limitMessage(reason);
    return { status: 'limit', exitCode: reason === 'time' ? EXIT.timeLimit : EXIT.outputLimit, error: { type: 'SandboxLimit', message, limit: reason } };
  }
  const err = thrown instanceof Sk.builtin.BaseException ? thrown : new Sk.builtin.ExternalError(String(thrown));
  if (err instanceof Sk.builtin.SystemExit) {
    const outcome = exitOutcome(err);
    finishSoftspace();
    return outcome;
  }
  // A pending `print x,` gets its newline before the traceback, as in Jython.
  finishSoftspace();
  if (err instanceof Sk.builtin.MemoryError) {
    writeDiagnostic(formatTraceback(err));
    return { status: 'limit', exitCode: EXIT.memoryLimit, error: { type: 'MemoryError', message: exceptionMessage(err), limit: 'memory' } };
  }
  writeDiagnostic(formatTraceback(err));
  if (err instanceof Sk.builtin.KeyboardInterrupt) {
    return { status: 'interrupted', exitCode: EXIT.interrupted, error: { type: 'KeyboardInterrupt', message: '' } };
  }
  const limit = isRecursionStop(err) ? 'recursion' : undefined;
  return {
    status: 'exception',
    exitCode: EXIT.exception,
    error: { type: exceptionTypeName(err), message: exceptionMessage(err), ...(limit ? { limit } : {}) },
  };
}

function exitOutcome(err: PyException): ExecOutcome {
  const arg = err.args.v[0];
  if (arg === undefined || arg === Sk.builtin.none.none$) return { status: 'exit', exitCode: 0 };
  if (arg instanceof Sk.builtin.int_ && !(arg instanceof Sk.builtin.bool)) {
    return { status: 'exit', exitCode: Number(arg.v) & 0xff };
  }
  if (arg instanceof Sk.builtin.bool) return { status: 'exit', exitCode: arg.v ? 1 : 0 };
  // Jython prints a non-integer exit argument on stdout, like a print statement, and exits with 1.
  printLineOnStdout(arg);
  return { status: 'exit', exitCode: 1, error: { type: 'SystemExit', message: exceptionLine(err) } };
}

/**
 * Wraps each top-level expression statement as `__ps_display__((expr))` ('all'), or the last statement, when it
 * is an expression statement, as `__ps_capture__((expr))` ('last'). Positions come from the real parser's AST,
 * not from regexes; the rewrite keeps every line where it was.
 */
function withDisplayHooks(source: string, filename: string, which: 'all' | 'last'): string {
  const parsed = Sk.parse(filename, source);
  const module = Sk.astFromParse(parsed.cst, filename, parsed.flags);
  const body = module.body;
  const lines = source.split('\n');
  const offsetOf = (lineno: number, col: number): number =>
    lines.slice(0, lineno - 1).reduce((n, l) => n + l.length + 1, 0) + col;
  let out = source;
  const hook = which === 'all' ? '__ps_display__' : '__ps_capture__';
  const first = which === 'all' ? 0 : body.length - 1;
  for (let i = body.length - 1; i >= first; i--) {
    const stmt = body[i];
    if (!(stmt instanceof Sk.astnodes.Expr) || stmt.$printStatement === true) continue;
    const start = offsetOf(stmt.lineno, stmt.col_offset);
    const next = body[i + 1];
    const end = next === undefined ? source.length : offsetOf(next.lineno, next.col_offset);
    let text = out.slice(start, end);
    const trailing = /[\s;]*$/.exec(text)?.[0] ?? '';
    text = text.slice(0, text.length - trailing.length);
    const { code, comment } = splitComment(text);
    out = `${out.slice(0, start)}${hook}((${code}))${comment}${trailing}${out.slice(end)}`;
  }
  return out;
}

/** Splits `expr  # note` into the code and the comment, minding quotes (a `#` in a string is not a comment). */
function splitComment(text: string): { code: string; comment: string } {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== null) {
      if (c === '\\') i++;
      else if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = null;
      }
    } else if (c === '#') {
      return { code: text.slice(0, i).trimEnd(), comment: ' ' + text.slice(i) };
    } else if (c === '"' || c === "'") {
      quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length - 1;
    }
  }
  return { code: text, comment: '' };
}

/** The hook of a captured last expression: keeps its value (and, in 'single' mode, it was displayed already). */
export function captureHook(value: PyObject): PyObject {
  lastValue = value;
  return value;
}

/** sys.displayhook: print repr(value) unless None, and bind it to `_` in builtins. */
export function displayHook(value: PyObject): PyObject {
  lastValue = value;
  if (value !== Sk.builtin.none.none$) {
    writeStdout(Sk.misceval.objectRepr(value) + '\n');
    Sk.builtins['_'] = value;
  }
  return Sk.builtin.none.none$;
}
