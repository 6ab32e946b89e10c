import type { PyBoundMethod, PyFunc, PyFuncCode, PyGetSetDef, PyObject, PyType, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Python 2 function attributes Skulpt lacks: func_name, func_doc, func_defaults, func_dict, func_code/__code__,
 * func_globals/__globals__, func_closure/__closure__, __module__. Skulpt keeps a function's globals and closure as
 * raw JS objects; scripts get Python values only: a dict snapshot of the globals (names with a `$` are Skulpt
 * internals, left out) and a tuple of cells.
 */
/** A code object: the function whose code it describes. */
interface CodeObject extends PyObject { $fn: PyFunc }
/** A closure cell: its value. */
interface CellObject extends PyObject { $v: PyObject }

let codeType: PyType<CodeObject> | undefined;
let cellType: PyType<CellObject> | undefined;

function str(s: string): PyObject {
  return new Sk.builtin.str(s);
}

function makeCode(fn: PyFunc): PyObject {
  codeType ??= Sk.abstr.buildNativeClass<CodeObject>('code', {
    constructor: function code(this: CodeObject, f: PyFunc) { this.$fn = f; },
    slots: {
      tp$getattr: Sk.generic.getAttr,
      $r(this: CodeObject) { return str(`<code object ${this.$fn.$name} at 0x1, file "${this.$fn.func_code?.co_filename ?? '<string>'}", line 1>`); },
    },
    getsets: {
      co_name: { $get(this: CodeObject) { return str(this.$fn.$name); } },
      co_argcount: { $get(this: CodeObject) { return new Sk.builtin.int_(argNames(this.$fn).length); } },
      // The arguments, then the *args and **kwargs names, as Jython lists them first (Skulpt keeps no other locals).
      co_varnames: { $get(this: CodeObject) { return new Sk.builtin.tuple(parameterNames(this.$fn).map(str)); } },
      co_filename: { $get(this: CodeObject) { return str(String(this.$fn.func_code?.co_filename ?? '<string>')); } },
      co_firstlineno: { $get(this: CodeObject) { return new Sk.builtin.int_(Number(this.$fn.func_code?.co_firstlineno ?? 1)); } },
      co_flags: {
        $get(this: CodeObject) {
          const code = bodyCode(this.$fn);
          return new Sk.builtin.int_((code.co_varargs ? 4 : 0) | (code.co_kwargs ? 8 : 0) | (code.ps$generator ? 0x20 : 0));
        },
      },
    },
  });
  return new codeType(fn);
}

/** The code a function runs: a generator function's own code only makes the generator (patch 0035). */
function bodyCode(fn: PyFunc): Partial<PyFuncCode> {
  const code: Partial<PyFuncCode> = fn.func_code ?? {};
  return code.ps$generatorCode ?? code;
}

function argNames(fn: PyFunc): string[] {
  const names: unknown = bodyCode(fn).co_varnames;
  return Array.isArray(names) ? names.map(String) : [];
}

/** The argument names, then the names of the *args and **kwargs parameters (patch 0035 records them). */
function parameterNames(fn: PyFunc): string[] {
  const code = bodyCode(fn);
  const names = argNames(fn);
  if (code.co_varargs && typeof code.ps$varargName === 'string') names.push(code.ps$varargName);
  if (code.co_kwargs && typeof code.ps$kwargName === 'string') names.push(code.ps$kwargName);
  return names;
}

function makeCell(value: PyObject): PyObject {
  cellType ??= Sk.abstr.buildNativeClass<CellObject>('cell', {
    constructor: function cell(this: CellObject, v: PyObject) { this.$v = v; },
    slots: { tp$getattr: Sk.generic.getAttr, $r() { return str('<cell>'); } },
    getsets: { cell_contents: { $get(this: CellObject) { return this.$v; } } },
  });
  return new cellType(value);
}

function globalsSnapshot(fn: PyFunc): PyObject {
  const g = fn.func_globals ?? {};
  const items: PyObject[] = [];
  for (const [name, value] of Object.entries(g)) {
    if (name.includes('$') || !(value instanceof Sk.builtin.object)) continue;
    items.push(str(name), value);
  }
  return new Sk.builtin.dict(items);
}

function closureOf(fn: PyFunc): PyObject {
  const closure = fn.func_closure;
  if (closure === undefined || closure === null || typeof closure !== 'object') return Sk.builtin.none.none$;
  const cells = Object.entries(closure)
    .filter(([name, v]) => !name.includes('$') && v instanceof Sk.builtin.object)
    .map(([, v]) => makeCell(v as PyObject));
  return cells.length === 0 ? Sk.builtin.none.none$ : new Sk.builtin.tuple(cells);
}

export function installFunctionAttributes(): void {
  const func = Sk.builtin.func;
  const proto = func.prototype;
  if (proto.$psFunctionAttributes) return;
  proto.$psFunctionAttributes = true;
  const alias = (name: string, from: string): void => {
    // Skulpt's own getset_descriptor for the attribute.
    const descr = proto[from] as { $get: PyGetSetDef['$get']; $set?: PyGetSetDef['$set'] };
    proto[name] = new Sk.builtin.getset_descriptor(func, { $name: name, $get: descr.$get, $set: descr.$set });
  };
  const define = (name: string, get: (this: PyFunc) => PyObject): void => {
    proto[name] = new Sk.builtin.getset_descriptor(func, { $name: name, $get: get });
  };
  alias('func_name', '__name__');
  alias('func_doc', '__doc__');
  alias('func_dict', '__dict__');
  define('func_defaults', function () {
    const defaults: PyObject[] = this.$defaults ?? bodyCode(this).$defaults ?? [];
    return defaults.length === 0 ? Sk.builtin.none.none$ : new Sk.builtin.tuple(defaults);
  });
  proto['__defaults__'] = proto['func_defaults'];
  define('__module__', function () { return this.$module ?? Sk.builtin.none.none$; });
  define('func_code', function () { return makeCode(this); });
  proto['__code__'] = proto['func_code'];
  define('func_globals', function () { return globalsSnapshot(this); });
  proto['__globals__'] = proto['func_globals'];
  define('func_closure', function () { return closureOf(this); });
  proto['__closure__'] = proto['func_closure'];
  installMethodAttributes();
}

/** Python 2's names for a bound method's parts: im_func, im_self, and im_class (the class of im_self). */
function installMethodAttributes(): void {
  const method = Sk.builtin.method;
  const proto = method.prototype;
  const define = (name: string, get: (this: PyBoundMethod) => PyObject): void => {
    proto[name] = new Sk.builtin.getset_descriptor(method, { $name: name, $get: get as PyGetSetDef['$get'] });
  };
  define('im_func', function () { return this.im_func; });
  define('im_self', function () { return this.im_self; });
  define('im_class', function () { return this.im_self.ob$type; });
}
