import { flushOutputBytes } from './output-bytes.js';
import type { PyObject, SkAstNode, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * The Python 2 print statement. Skulpt's compiler ignores `print >>f, ...` (everything goes to stdout) and
 * keeps softspace as one global flag. Each Print node is rewritten after parsing into a call of
 * `__ps_print_item__(dest, value)` per item and `__ps_print_newline__(dest)`, which write through `dest.write` (or sys.stdout's), with the
 * softspace rule of CPython's PRINT_ITEM kept per file object: a space goes before an item unless the
 * file is at the start of a line, and a file's own write() resets it.
 */
const PRINT_ITEM = '__ps_print_item__';
const PRINT_NEWLINE = '__ps_print_newline__';

const softspace = new WeakMap<object, boolean>();

/** A stream's write() calls this: the next print item starts without a space. */
export function clearSoftspace(file: object): void {
  softspace.delete(file);
}

function stdout(): PyObject {
  const sys = Sk.sysmodules.mp$lookup(new Sk.builtin.str('sys'));
  const out = sys instanceof Sk.builtin.module ? sys.$d['stdout'] : undefined;
  if (out === undefined) throw new Sk.builtin.RuntimeError('lost sys.stdout');
  return out;
}

function writeTo(file: PyObject, text: PyObject): void {
  const write = Sk.abstr.gattr(file, new Sk.builtin.str('write'));
  Sk.misceval.retryOptionalSuspensionOrThrow(Sk.misceval.callsimOrSuspendArray(write, [text]));
}

function fileOf(destObj: PyObject): PyObject {
  return destObj === Sk.builtin.none.none$ ? stdout() : destObj;
}

/** One item of a print statement (CPython's PRINT_ITEM / PRINT_ITEM_TO). */
function printItem(destObj: PyObject, value: PyObject): PyObject {
  const file = fileOf(destObj);
  if (softspace.get(file) === true) {
    writeTo(file, new Sk.builtin.str(' '));
    softspace.delete(file);
  }
  // The object's own str (tp$str): a __str__ returning unicode prints its text, as in Jython (str() would encode it).
  const text = value instanceof Sk.builtin.str ? value : new Sk.builtin.str(value);
  writeTo(file, text);
  const s: string = text.v;
  const last = s[s.length - 1];
  const endsLine = last === '\n' || last === '\t' || last === '\r' || last === '\x0b' || last === '\x0c';
  softspace.set(file, s.length === 0 || !endsLine);
  return Sk.builtin.none.none$;
}

/** The end of a print statement without a trailing comma (PRINT_NEWLINE / PRINT_NEWLINE_TO). */
function printNewline(destObj: PyObject): PyObject {
  const file = fileOf(destObj);
  writeTo(file, new Sk.builtin.str('\n'));
  softspace.delete(file);
  return Sk.builtin.none.none$;
}

/** `print value` on sys.stdout (what Jython does with a non-integer sys.exit argument). */
export function printLineOnStdout(value: PyObject): void {
  try {
    printItem(Sk.builtin.none.none$, value);
    printNewline(Sk.builtin.none.none$);
  } catch {
    // A broken sys.stdout or str(): the exit code still stands.
  }
}

/** At the end of a run, a pending `print x,` on stdout gets its newline, as CPython and Jython do. */
export function finishSoftspace(): void {
  flushOutputBytes();
  try {
    const out = stdout();
    if (softspace.get(out) === true) {
      softspace.delete(out);
      writeTo(out, new Sk.builtin.str('\n'));
    }
  } catch {
    // sys is gone or stdout was replaced by something that fails: nothing to finish.
  }
}

/**
 * One call per item, in order, so that each item is written before the next one is evaluated (as in
 * CPython). The destination expression is evaluated for each item: fine for names and attributes.
 */
/** A Print node: `print >>dest, values...` (nl: no trailing comma). */
interface PrintNode extends SkAstNode { dest?: SkAstNode | null; values?: SkAstNode[]; nl?: boolean }

function rewritePrint(node: PrintNode): SkAstNode[] {
  const { lineno, col_offset: col } = node;
  const name = (id: string) => new Sk.astnodes.Name(new Sk.builtin.str(id), Sk.astnodes.Load, lineno, col);
  const dest = () => node.dest ?? new Sk.astnodes.NameConstant(Sk.builtin.none.none$, lineno, col);
  const call = (fn: string, args: SkAstNode[]) => {
    const stmt = new Sk.astnodes.Expr(new Sk.astnodes.Call(name(fn), args, [], lineno, col), lineno, col);
    // Still a print statement: the REPL's display hook (exec.ts) must not echo or rewrite it.
    stmt.$printStatement = true;
    return stmt;
  };
  const out: SkAstNode[] = (node.values ?? []).map((value) => call(PRINT_ITEM, [dest(), value]));
  if (node.nl) out.push(call(PRINT_NEWLINE, [dest()]));
  if (out.length === 0) out.push(new Sk.astnodes.Pass(lineno, col));
  return out;
}

/** Walks statement lists (bodies, else/finally blocks, handlers) and replaces every Print node. */
function rewriteStatements(stmts: unknown): void {
  if (!Array.isArray(stmts)) return;
  for (let i = 0; i < stmts.length; i++) {
    const stmt = stmts[i];
    if (stmt instanceof Sk.astnodes.Print) {
      const replacement = rewritePrint(stmt as PrintNode);
      stmts.splice(i, 1, ...replacement);
      i += replacement.length - 1;
      continue;
    }
    for (const key of ['body', 'orelse', 'finalbody']) rewriteStatements(stmt?.[key]);
    if (Array.isArray(stmt?.handlers)) for (const h of stmt.handlers) rewriteStatements(h?.body);
  }
}

export function installPrintStatement(): void {
  const astFromParse = Sk.astFromParse;
  Sk.astFromParse = function (this: unknown, cst: unknown, filename: string, flags: number) {
    const mod = astFromParse.call(this, cst, filename, flags);
    rewriteStatements(mod?.body);
    return mod;
  };
  for (const [name, fn] of [[PRINT_ITEM, printItem], [PRINT_NEWLINE, printNewline]] as const) {
    const helper = new Sk.builtin.func(fn);
    helper.$name = name;
    Sk.builtins[name] = helper;
  }
}
