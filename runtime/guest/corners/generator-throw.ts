/**
 * generator.throw(type[, value[, tb]]) and generator.close(), which Skulpt 1.2.0 lacks (contextlib.contextmanager
 * needs throw). A resumed generator reads the value sent in (`$gen.gi$sentvalue`) where its yield expression
 * stood; when an exception is pending, that read raises it, at the yield, inside the generator's own try blocks.
 * A `yield` used as a statement discards its value, so after parsing it becomes `__ps_sent__ = yield ...`
 * (a local of the generator), which reads it.
 */
const SENT = '__ps_sent__';

function rewriteYieldStatements(stmts: unknown): void {
  if (!Array.isArray(stmts)) return;
  for (let i = 0; i < stmts.length; i++) {
    const stmt = stmts[i];
    if (stmt instanceof Sk.astnodes.Expr && stmt.value instanceof Sk.astnodes.Yield) {
      const { lineno, col_offset: col } = stmt;
      const target = new Sk.astnodes.Name(new Sk.builtin.str(SENT), Sk.astnodes.Store, lineno, col);
      stmts[i] = new Sk.astnodes.Assign([target], stmt.value, lineno, col);
      continue;
    }
    for (const key of ['body', 'orelse', 'finalbody']) rewriteYieldStatements(stmt?.[key]);
    if (Array.isArray(stmt?.handlers)) for (const h of stmt.handlers) rewriteYieldStatements(h?.body);
  }
}

function exceptionOf(type: PyObject, value: PyObject | undefined): PyObject {
  const none = Sk.builtin.none.none$;
  if (type instanceof Sk.builtin.BaseException) return type;
  if (value instanceof Sk.builtin.BaseException) return value;
  const args = value === undefined || value === none ? [] : value instanceof Sk.builtin.tuple ? value.v : [value];
  return Sk.misceval.callsimArray(type, args);
}

function defineGeneratorExit(): void {
  if (Sk.builtin.GeneratorExit !== undefined) return;
  const base = Sk.builtin.BaseException;
  const cls = Sk.abstr.buildNativeClass('GeneratorExit', {
    constructor: function GeneratorExit(this: PyObject, ...args: PyObject[]) {
      base.apply(this, args);
    },
    base,
  });
  Sk.builtin.GeneratorExit = cls;
  Sk.builtins['GeneratorExit'] = cls;
}

export function installGeneratorThrow(): void {
  defineGeneratorExit();
  const astFromParse = Sk.astFromParse;
  Sk.astFromParse = function (...args: unknown[]) {
    const mod = astFromParse.apply(this, args);
    rewriteYieldStatements(mod?.body);
    return mod;
  };
  const proto = Sk.builtin.generator.prototype;
  Object.defineProperty(proto, 'gi$sentvalue', {
    configurable: true,
    get(this: PyObject) {
      const pending = this.$throwPending;
      if (pending !== undefined) {
        this.$throwPending = undefined;
        throw pending;
      }
      return this.$sent;
    },
    set(this: PyObject, value: PyObject) {
      this.$sent = value;
    },
  });
  const throwInto = (gen: PyObject, err: PyObject): PyObject => {
    if (gen.gi$resumeat === 0 || gen.$psFinished) {
      gen.$psFinished = true;
      throw err;
    }
    gen.$throwPending = err;
    let value: PyObject;
    try {
      value = Sk.misceval.retryOptionalSuspensionOrThrow(gen.tp$iternext(true));
    } catch (raised) {
      gen.$psFinished = true;
      throw raised;
    } finally {
      gen.$throwPending = undefined;
    }
    if (value === undefined) {
      gen.$psFinished = true;
      throw new Sk.builtin.StopIteration();
    }
    return value;
  };
  const method = (name: string, body: (this: PyObject, ...a: PyObject[]) => PyObject, minArgs: number, maxArgs: number) => {
    proto[new Sk.builtin.str(name).$mangled ?? name] = new Sk.builtin.method_descriptor(Sk.builtin.generator, {
      $name: name,
      $meth: body,
      $flags: { MinArgs: minArgs, MaxArgs: maxArgs },
    });
  };
  method('throw', function (type: PyObject, value?: PyObject) {
    return throwInto(this, exceptionOf(type, value));
  }, 1, 3);
  method('close', function () {
    if (this.gi$resumeat === 0 || this.$psFinished) {
      this.$psFinished = true;
      return Sk.builtin.none.none$;
    }
    try {
      throwInto(this, new Sk.builtin.GeneratorExit());
    } catch (err) {
      if (err instanceof Sk.builtin.GeneratorExit || err instanceof Sk.builtin.StopIteration) return Sk.builtin.none.none$;
      throw err;
    }
    throw new Sk.builtin.RuntimeError('generator ignored GeneratorExit');
  }, 0, 0);
}
