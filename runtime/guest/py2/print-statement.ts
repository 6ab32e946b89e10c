/**
 * The Python 2 print statement. Skulpt's compiler ignores `print >>f, ...` (everything goes to stdout) and
 * keeps softspace as one global flag. Each Print node is rewritten after parsing into a call of
 * `__ps_print__(dest, (values...), nl)`, which writes through `dest.write` (or sys.stdout's), with the
 * softspace rule of CPython's PRINT_ITEM kept per file object: a space goes before an item unless the
 * file is at the start of a line, and a file's own write() resets it.
 */
const PRINT_HELPER = '__ps_print__';

const softspace = new WeakMap<object, boolean>();

/** A stream's write() calls this: the next print item starts without a space. */
export function clearSoftspace(file: object): void {
  softspace.delete(file);
}

function stdout(): PyObject {
  const sys = Sk.sysmodules.mp$lookup(new Sk.builtin.str('sys'));
  const out = sys?.$d?.stdout;
  if (out === undefined) throw new Sk.builtin.RuntimeError('lost sys.stdout');
  return out;
}

function writeTo(file: PyObject, text: PyObject): void {
  const write = Sk.abstr.gattr(file, new Sk.builtin.str('write'));
  Sk.misceval.retryOptionalSuspensionOrThrow(Sk.misceval.callsimOrSuspendArray(write, [text]));
}

function printItems(destObj: PyObject, values: PyObject, nl: PyObject): PyObject {
  const file = destObj === Sk.builtin.none.none$ ? stdout() : destObj;
  const strType = Sk.builtins['str'];
  for (const value of values.v as PyObject[]) {
    if (softspace.get(file) === true) {
      writeTo(file, new Sk.builtin.str(' '));
      softspace.delete(file);
    }
    const text = value instanceof Sk.builtin.str ? value : Sk.misceval.callsimArray(strType, [value]);
    writeTo(file, text);
    const s: string = text.v;
    const last = s[s.length - 1];
    const endsLine = last === '\n' || last === '\t' || last === '\r' || last === '\x0b' || last === '\x0c';
    softspace.set(file, s.length === 0 || !endsLine);
  }
  if (Sk.misceval.isTrue(nl)) {
    writeTo(file, new Sk.builtin.str('\n'));
    softspace.delete(file);
  }
  return Sk.builtin.none.none$;
}

/** At the end of a run, a pending `print x,` on stdout gets its newline, as CPython and Jython do. */
export function finishSoftspace(): void {
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

function rewritePrint(node: PyObject): PyObject {
  const { lineno, col_offset: col } = node;
  const name = (id: string) => new Sk.astnodes.Name(new Sk.builtin.str(id), Sk.astnodes.Load, lineno, col);
  const dest = node.dest ?? new Sk.astnodes.NameConstant(Sk.builtin.none.none$, lineno, col);
  const values = new Sk.astnodes.Tuple(node.values ?? [], Sk.astnodes.Load, lineno, col);
  const nl = new Sk.astnodes.NameConstant(node.nl ? Sk.builtin.bool.true$ : Sk.builtin.bool.false$, lineno, col);
  const call = new Sk.astnodes.Call(name(PRINT_HELPER), [dest, values, nl], [], lineno, col);
  const stmt = new Sk.astnodes.Expr(call, lineno, col);
  // Still a print statement: the REPL's display hook must not echo its (None) value or rewrite it.
  stmt.$printStatement = true;
  return stmt;
}

/** Walks statement lists (bodies, else/finally blocks, handlers) and replaces every Print node. */
function rewriteStatements(stmts: PyObject[] | undefined): void {
  if (!Array.isArray(stmts)) return;
  for (let i = 0; i < stmts.length; i++) {
    const stmt = stmts[i];
    if (stmt instanceof Sk.astnodes.Print) {
      stmts[i] = rewritePrint(stmt);
      continue;
    }
    for (const key of ['body', 'orelse', 'finalbody']) rewriteStatements(stmt?.[key]);
    if (Array.isArray(stmt?.handlers)) for (const h of stmt.handlers) rewriteStatements(h?.body);
  }
}

export function installPrintStatement(): void {
  const astFromParse = Sk.astFromParse;
  Sk.astFromParse = function (...args: unknown[]) {
    const mod = astFromParse.apply(this, args);
    rewriteStatements(mod?.body);
    return mod;
  };
  const helper = new Sk.builtin.func(printItems);
  helper.$name = PRINT_HELPER;
  Sk.builtins[PRINT_HELPER] = helper;
}
