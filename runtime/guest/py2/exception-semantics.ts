/**
 * Python 2 exception semantics Skulpt gets wrong, matched to Jython 2.7:
 * - the class hierarchy (StandardError, ArithmeticError, EnvironmentError, UnboundLocalError...), so
 *   `except ArithmeticError` catches ZeroDivisionError;
 * - repr(e) is `ValueError('x',)`, str(KeyError('k')) is `'k'`, `e.message`, `SystemExit.code`;
 * - runtime messages that need more than a rewrite of the text: `index out of range: N`, float/long
 *   division by zero, and the argument-count TypeError of Python functions (`f() takes exactly 2 arguments (1 given)`).
 */

/** Python 2.7's built-in exception tree: name -> parent. Order matters: parents first. */
const HIERARCHY: [string, string][] = [
  ['StandardError', 'Exception'],
  ['GeneratorExit', 'BaseException'],
  ['StopIteration', 'Exception'],
  ['Warning', 'Exception'],
  ['UserWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['BytesWarning', 'Warning'],
  ['BufferError', 'StandardError'],
  ['ArithmeticError', 'StandardError'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'StandardError'],
  ['AttributeError', 'StandardError'],
  ['EnvironmentError', 'StandardError'],
  ['IOError', 'EnvironmentError'],
  ['OSError', 'EnvironmentError'],
  ['EOFError', 'StandardError'],
  ['ImportError', 'StandardError'],
  ['LookupError', 'StandardError'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'StandardError'],
  ['NameError', 'StandardError'],
  ['UnboundLocalError', 'NameError'],
  ['ReferenceError', 'StandardError'],
  ['RuntimeError', 'StandardError'],
  ['NotImplementedError', 'RuntimeError'],
  ['SyntaxError', 'StandardError'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'StandardError'],
  ['TypeError', 'StandardError'],
  ['ValueError', 'StandardError'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
];

function reparent(cls: PyObject, parent: PyObject): void {
  const proto = cls.prototype;
  if (proto.tp$base === parent) return;
  Object.setPrototypeOf(proto, parent.prototype);
  proto.tp$base = parent;
  proto.tp$bases = [parent];
  delete cls.sk$tuple_bases;
}

function createClass(name: string, parent: PyObject): PyObject {
  const cls = Sk.abstr.buildNativeClass(name, {
    constructor: function (this: PyObject, ...args: PyObject[]) {
      parent.apply(this, args);
    },
    base: parent,
  });
  return cls;
}

function installHierarchy(): void {
  // Skulpt aliases StandardError to Exception; Python 2 has a class of its own.
  if (Sk.builtin.StandardError === Sk.builtin.Exception || Sk.builtin.StandardError === undefined) {
    Sk.builtin.StandardError = createClass('StandardError', Sk.builtin.Exception);
  }
  // Some Sk.builtin entries are constructor wrappers (message rewrites, SyntaxError positions) that share
  // the class's prototype: the class itself is prototype.constructor.
  const typeOf = (name: string): PyObject => Sk.builtin[name]?.prototype?.constructor;
  for (const [name, parentName] of HIERARCHY) {
    const parent = typeOf(parentName);
    let cls = typeOf(name);
    if (cls === undefined) {
      cls = createClass(name, parent);
      Sk.builtin[name] = cls;
    } else {
      reparent(cls, parent);
    }
    Sk.builtins[name] = cls;
  }
  // Rebuild every MRO from the (new) single-inheritance chain.
  const fix = (cls: PyObject) => {
    const chain: PyObject[] = [];
    for (let c = cls; c !== undefined && c !== null; c = c.prototype.tp$base) chain.push(c);
    cls.prototype.tp$mro = chain;
    delete cls.sk$tuple_mro;
  };
  fix(typeOf('StandardError'));
  for (const [name] of HIERARCHY) fix(typeOf(name));
  for (const name of ['KeyboardInterrupt', 'SandboxLimit', 'SystemExit']) if (Sk.builtin[name] !== undefined) fix(typeOf(name));
}

function argsOf(e: PyObject): PyObject[] {
  return e.args?.v ?? [];
}

function installReprAndStr(): void {
  const base = Sk.builtin.BaseException;
  const proto = base.prototype;
  proto.$r = function (this: PyObject) {
    const name: string = this.tp$name;
    return new Sk.builtin.str(name + Sk.misceval.objectRepr(this.args));
  };
  proto.tp$str = function (this: PyObject) {
    const args = argsOf(this);
    if (args.length === 0) return new Sk.builtin.str('');
    if (args.length === 1) return new Sk.builtin.str(args[0]);
    return new Sk.builtin.str(this.args);
  };
  Sk.builtin.KeyError.prototype.tp$str = function (this: PyObject) {
    const args = argsOf(this);
    if (args.length === 1) return new Sk.builtin.str(Sk.misceval.objectRepr(args[0]));
    return proto.tp$str.call(this);
  };
  const message = new Sk.builtin.getset_descriptor(base, {
    $name: 'message',
    $get(this: PyObject) {
      if (this.$message !== undefined) return this.$message;
      const args = argsOf(this);
      return args.length === 1 ? args[0] : new Sk.builtin.str('');
    },
    $set(this: PyObject, value: PyObject) {
      this.$message = value;
    },
  });
  proto['message'] = message;
  const code = new Sk.builtin.getset_descriptor(Sk.builtin.SystemExit, {
    $name: 'code',
    $get(this: PyObject) {
      const args = argsOf(this);
      if (args.length === 0) return Sk.builtin.none.none$;
      return args.length === 1 ? args[0] : this.args;
    },
  });
  Sk.builtin.SystemExit.prototype['code'] = code;
}

/** `index out of range: N` for list, tuple and str subscripts, as Jython says. */
function installIndexMessages(): void {
  const wrap = (type: PyObject, skulptMessage: string) => {
    const original = type.prototype.mp$subscript;
    type.prototype.mp$subscript = function (this: PyObject, index: PyObject, ...rest: unknown[]) {
      try {
        return original.call(this, index, ...rest);
      } catch (err) {
        if (err instanceof Sk.builtin.IndexError && argsOf(err)[0]?.v === skulptMessage && Sk.misceval.isIndex(index)) {
          throw new Sk.builtin.IndexError(`index out of range: ${Sk.misceval.asIndexSized(index)}`);
        }
        throw err;
      }
    };
  };
  wrap(Sk.builtin.tuple, 'tuple index out of range');
  wrap(Sk.builtin.str, 'string index out of range');
  const list = Sk.builtin.list.prototype;
  const inRange = list.list$inRange;
  list.list$inRange = function (this: PyObject, i: number, msg: string) {
    if (msg === 'list index out of range') msg = `index out of range: ${i}`;
    else if (msg === 'pop index out of range' && this.v.length === 0) msg = 'pop from empty list';
    return inRange.call(this, i, msg);
  };
}

const INT_DIVISION = 'integer division or modulo by zero';

function isLong(obj: PyObject): boolean {
  return obj !== undefined && obj !== null && typeof obj === 'object' && Sk.abstr.typeName(obj) === 'long';
}

/** Division by zero: `float division` / `float modulo` for floats, `long division or modulo` for longs. */
function installDivisionMessages(): void {
  const floatMessages: Record<string, string> = {
    nb$divide: 'float division', nb$reflected_divide: 'float division',
    nb$true_divide: 'float division', nb$reflected_true_divide: 'float division',
    nb$floor_divide: 'float division', nb$reflected_floor_divide: 'float division',
    nb$divmod: 'float division', nb$reflected_divmod: 'float division',
    nb$remainder: 'float modulo', nb$reflected_remainder: 'float modulo',
  };
  const wrapSlot = (proto: PyObject, slot: string, message: (self: PyObject, other: PyObject) => string | undefined) => {
    const original = proto[slot];
    if (typeof original !== 'function') return;
    proto[slot] = function (this: PyObject, other: PyObject, ...rest: unknown[]) {
      try {
        return original.call(this, other, ...rest);
      } catch (err) {
        if (err instanceof Sk.builtin.ZeroDivisionError && argsOf(err)[0]?.v === INT_DIVISION) {
          const text = message(this, other);
          if (text !== undefined) throw new Sk.builtin.ZeroDivisionError(text);
        }
        throw err;
      }
    };
  };
  for (const [slot, text] of Object.entries(floatMessages)) wrapSlot(Sk.builtin.float_.prototype, slot, () => text);
  for (const slot of Object.keys(floatMessages)) {
    wrapSlot(Sk.builtin.int_.prototype, slot, (self, other) => (isLong(self) || isLong(other) ? 'long division or modulo' : undefined));
  }
}

/** CPython 2's wording for calls of Python functions with the wrong number of arguments. */
function installArgumentCountMessages(): void {
  const proto = Sk.builtin.func.prototype;
  const resolve = proto.$resolveArgs;
  const rewrite = function (this: PyObject, err: PyObject, posargs: PyObject[], kw: unknown[] | undefined): PyObject {
    const text: string = argsOf(err)[0]?.v ?? '';
    const name: string = this.$name;
    const multiple = /^(.*\(\)) got multiple values for argument '(.*)'$/.exec(text);
    if (multiple) return new Sk.builtin.TypeError(`${multiple[1]} got multiple values for keyword argument '${multiple[2]}'`);
    const tooMany = / takes \d+ positional arguments? but \d+ (?:was|were) +given$/.test(text);
    const missing = / missing \d+ required arguments?/.test(text) && !text.includes('keyword');
    if (!tooMany && !missing) return err;
    const argcount: number = this.co_argcount ?? 0;
    const defcount: number = (this.$defaults ?? []).length;
    const given = posargs.length + (kw ? kw.length / 2 : 0);
    if (argcount === 0 && !this.co_varargs) return new Sk.builtin.TypeError(`${name}() takes no arguments (${given} given)`);
    let qualifier: string;
    let n: number;
    if (tooMany) {
      qualifier = defcount > 0 ? 'at most' : 'exactly';
      n = argcount;
    } else {
      qualifier = this.co_varargs || defcount > 0 ? 'at least' : 'exactly';
      n = argcount - defcount;
    }
    return new Sk.builtin.TypeError(`${name}() takes ${qualifier} ${n} argument${n === 1 ? '' : 's'} (${given} given)`);
  };
  proto.$resolveArgs = function (this: PyObject, posargs: PyObject[], kw: unknown[] | undefined) {
    const given = posargs.slice();
    try {
      return resolve.call(this, posargs, kw);
    } catch (err) {
      if (err instanceof Sk.builtin.TypeError) throw rewrite.call(this, err, given, kw);
      throw err;
    }
  };
}

/** `can only concatenate list (not "tuple") to list`: Skulpt leaves out the other type or quotes it with '. */
function installConcatMessages(): void {
  for (const type of [Sk.builtin.list, Sk.builtin.tuple]) {
    const proto = type.prototype;
    const concat = proto.sq$concat;
    const own: string = proto.tp$name;
    const wrapped = function (this: PyObject, other: PyObject) {
      try {
        return concat.call(this, other);
      } catch (err) {
        if (err instanceof Sk.builtin.TypeError && String(argsOf(err)[0]?.v).startsWith('can only concatenate')) {
          throw new Sk.builtin.TypeError(`can only concatenate ${own} (not "${Sk.abstr.typeName(other)}") to ${own}`);
        }
        throw err;
      }
    };
    // The binary `+` reaches the same function through nb$add.
    if (proto.nb$add === concat) proto.nb$add = wrapped;
    proto.sq$concat = wrapped;
  }
}

export function installExceptionSemantics(): void {
  installConcatMessages();
  installHierarchy();
  installReprAndStr();
  installIndexMessages();
  installDivisionMessages();
  installArgumentCountMessages();
}
