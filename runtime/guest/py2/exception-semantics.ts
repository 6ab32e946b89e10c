import type { PyException, PyExceptionClass, PyFunc, PyList, PyObject, PyType, SkGlobal } from '../skulpt-types.js';
import { engineValue, requireSlot, setSlot, slotFunction } from '../slots.js';

declare const Sk: SkGlobal;

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

function reparent(cls: PyType, parent: PyType): void {
  const proto = cls.prototype;
  if (proto.tp$base === parent) return;
  Object.setPrototypeOf(proto, parent.prototype);
  proto.tp$base = parent;
  proto.tp$bases = [parent];
  delete cls.sk$tuple_bases;
}

function createClass(name: string, parent: PyType): PyType {
  const cls = Sk.abstr.buildNativeClass(name, {
    constructor: function (this: PyObject, ...args: PyObject[]) {
      parent.apply(this, args);
    },
    base: parent,
  });
  return cls;
}

/**
 * The class of a builtin name. Some Sk.builtin entries are constructor wrappers (message rewrites, SyntaxError
 * positions) that share the class's prototype: the class itself is prototype.constructor.
 */
function classNamed(name: string): PyType | undefined {
  const entry = Sk.builtin[name] as PyType | undefined;
  return entry?.prototype?.constructor as PyType | undefined;
}

function installHierarchy(): void {
  // Skulpt aliases StandardError to Exception; Python 2 has a class of its own.
  if (Sk.builtin.StandardError === Sk.builtin.Exception || Sk.builtin.StandardError === undefined) {
    Sk.builtin.StandardError = createClass('StandardError', Sk.builtin.Exception) as PyExceptionClass;
  }
  for (const [name, parentName] of HIERARCHY) {
    const parent = classNamed(parentName);
    if (parent === undefined) throw new Error(`perspective-sandbox: no exception class ${parentName}`);
    let cls = classNamed(name);
    if (cls === undefined) {
      cls = createClass(name, parent);
      Sk.builtin[name] = cls;
    } else {
      reparent(cls, parent);
    }
    Sk.builtins[name] = cls;
  }
  // Rebuild every MRO from the (new) single-inheritance chain.
  const fix = (cls: PyType | undefined) => {
    if (cls === undefined) return;
    const chain: PyType[] = [];
    for (let c: PyType | undefined = cls; c !== undefined && c !== null; c = c.prototype.tp$base) chain.push(c);
    cls.prototype.tp$mro = chain;
    delete cls.sk$tuple_mro;
  };
  fix(classNamed('StandardError'));
  for (const [name] of HIERARCHY) fix(classNamed(name));
  for (const name of ['KeyboardInterrupt', 'SandboxLimit', 'SystemExit']) if (Sk.builtin[name] !== undefined) fix(classNamed(name));
}

function argsOf(e: PyObject): PyObject[] {
  return e instanceof Sk.builtin.BaseException ? e.args?.v ?? [] : [];
}

/** An exception with the message a script assigned (`e.message = ...`). */
interface ExceptionWithMessage extends PyException { $message?: PyObject }

function installReprAndStr(): void {
  const base = Sk.builtin.BaseException;
  const proto = base.prototype;
  proto.$r = function (this: PyException) {
    const name = this.tp$name;
    return new Sk.builtin.str(name + Sk.misceval.objectRepr(this.args));
  };
  proto.tp$str = function (this: PyException) {
    const args = argsOf(this);
    if (args.length === 0) return new Sk.builtin.str('');
    const [first] = args;
    if (args.length === 1 && first !== undefined) return new Sk.builtin.str(first);
    return new Sk.builtin.str(this.args);
  };
  Sk.builtin.KeyError.prototype.tp$str = function (this: PyException) {
    const args = argsOf(this);
    const [first] = args;
    if (args.length === 1 && first !== undefined) return new Sk.builtin.str(Sk.misceval.objectRepr(first));
    return requireSlot(proto, 'tp$str').call(this);
  };
  const message = new Sk.builtin.getset_descriptor(base, {
    $name: 'message',
    $get(this: ExceptionWithMessage) {
      if (this.$message !== undefined) return this.$message;
      const args = argsOf(this);
      return (args.length === 1 ? args[0] : undefined) ?? new Sk.builtin.str('');
    },
    $set(this: ExceptionWithMessage, value: PyObject) {
      this.$message = value;
    },
  });
  proto['message'] = message;
  const code = new Sk.builtin.getset_descriptor(Sk.builtin.SystemExit, {
    $name: 'code',
    $get(this: PyException) {
      const args = argsOf(this);
      if (args.length === 0) return Sk.builtin.none.none$;
      return (args.length === 1 ? args[0] : undefined) ?? this.args;
    },
  });
  Sk.builtin.SystemExit.prototype['code'] = code;
}

/** `index out of range: N` for list, tuple and str subscripts, as Jython says. */
function installIndexMessages(): void {
  const wrap = (type: PyType, skulptMessage: string) => {
    const original = slotFunction(type.prototype, 'mp$subscript');
    if (original === undefined) throw new Error(`perspective-sandbox: Skulpt's ${type.prototype.tp$name} has no mp$subscript`);
    setSlot(type.prototype, 'mp$subscript', function (this: PyObject, indexArg: unknown, ...rest: unknown[]) {
      const index = indexArg as PyObject;
      try {
        return original.call(this, index, ...rest);
      } catch (err) {
        if (err instanceof Sk.builtin.IndexError && engineValue(argsOf(err)[0]) === skulptMessage && Sk.misceval.isIndex(index)) {
          throw new Sk.builtin.IndexError(`index out of range: ${Sk.misceval.asIndexSized(index)}`);
        }
        throw err;
      }
    });
  };
  wrap(Sk.builtin.tuple, 'tuple index out of range');
  wrap(Sk.builtin.str, 'string index out of range');
  const list = Sk.builtin.list.prototype;
  const inRange = slotFunction(list, 'list$inRange');
  if (inRange === undefined) throw new Error("perspective-sandbox: Skulpt's list has no list$inRange");
  setSlot(list, 'list$inRange', function (this: PyObject, i: unknown, msgArg: unknown) {
    let msg = msgArg;
    if (msg === 'list index out of range') msg = `index out of range: ${String(i)}`;
    else if (msg === 'pop index out of range' && (this as PyList).v.length === 0) msg = 'pop from empty list';
    return inRange.call(this, i, msg);
  });
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
  const wrapSlot = (proto: object, slot: string, message: (self: PyObject, other: PyObject) => string | undefined) => {
    const original = slotFunction(proto, slot);
    if (original === undefined) return;
    setSlot(proto, slot, function (this: PyObject, other: unknown) { // division slots take one operand
      try {
        return original.call(this, other);
      } catch (err) {
        if (err instanceof Sk.builtin.ZeroDivisionError && engineValue(argsOf(err)[0]) === INT_DIVISION) {
          const text = message(this, other as PyObject);
          if (text !== undefined) throw new Sk.builtin.ZeroDivisionError(text);
        }
        throw err;
      }
    });
  };
  for (const [slot, text] of Object.entries(floatMessages)) wrapSlot(Sk.builtin.float_.prototype, slot, () => text);
  for (const slot of Object.keys(floatMessages)) {
    wrapSlot(Sk.builtin.int_.prototype, slot, (self, other) => (isLong(self) || isLong(other) ? 'long division or modulo' : undefined));
  }
}

/** CPython 2's wording for calls of Python functions with the wrong number of arguments. */
function installArgumentCountMessages(): void {
  const proto = Sk.builtin.func.prototype;
  const resolve = slotFunction(proto, '$resolveArgs');
  if (resolve === undefined) throw new Error("perspective-sandbox: Skulpt's function has no $resolveArgs");
  const rewrite = function (this: PyFunc, err: PyObject, posargs: PyObject[], kw: unknown[] | undefined): PyObject {
    const text = String(engineValue(argsOf(err)[0]) ?? '');
    const name = this.$name;
    const multiple = /^(.*\(\)) got multiple values for argument '(.*)'$/.exec(text);
    if (multiple) return new Sk.builtin.TypeError(`${multiple[1]} got multiple values for keyword argument '${multiple[2]}'`);
    const tooMany = / takes \d+ positional arguments? but \d+ (?:was|were) +given$/.test(text);
    const missing = / missing \d+ required arguments?/.test(text) && !text.includes('keyword');
    if (!tooMany && !missing) return err;
    const argcount = this.co_argcount ?? 0;
    const defcount = (this.$defaults ?? []).length;
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
  setSlot(proto, '$resolveArgs', function (this: PyObject, posargsArg: unknown, kwArg: unknown) {
    const posargs = posargsArg as PyObject[];
    const kw = kwArg as unknown[] | undefined;
    const given = posargs.slice();
    try {
      return resolve.call(this, posargs, kw);
    } catch (err) {
      if (err instanceof Sk.builtin.TypeError) throw rewrite.call(this as PyFunc, err, given, kw);
      throw err;
    }
  });
}

/** `can only concatenate list (not "tuple") to list`: Skulpt leaves out the other type or quotes it with '. */
function installConcatMessages(): void {
  for (const type of [Sk.builtin.list, Sk.builtin.tuple]) {
    const proto = type.prototype;
    const concat = requireSlot(proto, 'sq$concat');
    const own = proto.tp$name;
    const wrapped = function (this: PyObject, other: PyObject) {
      try {
        return concat.call(this, other);
      } catch (err) {
        if (err instanceof Sk.builtin.TypeError && String(engineValue(argsOf(err)[0])).startsWith('can only concatenate')) {
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
