import type { PyKwArgs, PyObject, PyType, SkClassBody, SkGlobal } from '../skulpt-types.js';
import { requireSlot, slotFunction, typeOf } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 old-style classes: `class Old:` (no bases, or only old-style bases) makes a classic class. Skulpt makes
 * every class new-style; this keeps its machinery and gives classic classes Jython's face:
 * `type(Old())` is `<type 'instance'>`, `type(Old)` `<type 'classobj'>`, `Old.__bases__` is `()`, `str(Old)` is `__main__.Old`,
 * `repr(Old)` is `<class __main__.Old at 0x1>`, an instance's repr `<__main__.Old instance at 0x2>`, and a missing
 * attribute reads `Old instance has no attribute 'x'` (`class Old has no attribute 'x'` on the class).
 * Also `vars(obj)` (obj.__dict__), which Skulpt leaves unimplemented.
 */
const oldStyle = new WeakSet<object>();
const addresses = new WeakMap<object, number>();
let nextAddress = 1;
let instanceType: PyType;
let classobjType: PyType;

function address(obj: object): string {
  let n = addresses.get(obj);
  if (n === undefined) {
    n = nextAddress++;
    addresses.set(obj, n);
  }
  return '0x' + n.toString(16);
}

function qualifiedName(klass: PyType): string {
  const module = klass.prototype?.['__module__'];
  const name = klass.prototype.tp$name;
  return module instanceof Sk.builtin.str ? `${module.v}.${name}` : name;
}

export function isOldStyleClass(klass: unknown): boolean {
  return typeof klass === 'function' && oldStyle.has(klass);
}

export function installOldStyleClasses(): void {
  instanceType = Sk.abstr.buildNativeClass('instance', {
    constructor: function instance() {},
    slots: {
      tp$new() {
        throw new Sk.builtin.TypeError('instance() takes at least 1 argument (0 given)');
      },
    },
  });

  classobjType = Sk.abstr.buildNativeClass('classobj', {
    constructor: function classobj() {},
    slots: {
      tp$new() {
        throw new Sk.builtin.TypeError('classobj() takes exactly 3 arguments (0 given)');
      },
    },
  });

  const buildClass = Sk.misceval.buildClass;
  Sk.misceval.buildClass = function (globals: Record<string, PyObject>, func: SkClassBody, name: string, bases: PyObject[], cell?: unknown) {
    const klass = buildClass(globals, func, name, bases, cell);
    // A class that type made: a JavaScript constructor with its prototype.
    const classic = bases.every((b) => oldStyle.has(b)) && Sk.abstr.typeName(klass) === 'type' && !Object.hasOwn((klass as PyType).prototype, '__metaclass__');
    if (classic) {
      oldStyle.add(klass);
      Object.defineProperty((klass as PyType).prototype, 'sk$attrError', {
        value() { return `${name} instance`; },
        writable: true,
      });
    }
    return klass;
  };

  const typeProto = Sk.builtin.type.prototype;
  const typeCall = requireSlot(typeProto, 'tp$call');
  typeProto.tp$call = function (this: PyObject, args: PyObject[], kwargs?: PyKwArgs) {
    const [first] = args;
    if (this === Sk.builtin.type && first !== undefined && args.length === 1 && (kwargs === undefined || kwargs.length === 0)) {
      if (oldStyle.has(typeOf(first))) return instanceType;
      if (oldStyle.has(first)) return classobjType;
    }
    return typeCall.call(this, args, kwargs);
  };
  const typeRepr = requireSlot(typeProto, '$r');
  typeProto.$r = function (this: PyType) {
    return oldStyle.has(this) ? new Sk.builtin.str(`<class ${qualifiedName(this)} at ${address(this)}>`) : typeRepr.call(this);
  };
  const typeStr = requireSlot(typeProto, 'tp$str');
  typeProto.tp$str = function (this: PyType) {
    return oldStyle.has(this) ? new Sk.builtin.str(qualifiedName(this)) : typeStr.call(this);
  };
  const typeAttrError = slotFunction(typeProto, 'sk$attrError');
  if (typeAttrError === undefined) throw new Error("perspective-sandbox: Skulpt's type has no sk$attrError");
  Object.defineProperty(typeProto, 'sk$attrError', {
    value(this: PyType) { return oldStyle.has(this) ? `class ${this.prototype.tp$name}` : typeAttrError.call(this); },
    writable: true,
  });
  // type's __bases__: a getset descriptor.
  const bases = typeProto['__bases__'] as { $get?: (this: PyType) => PyObject } | undefined;
  if (bases !== undefined && typeof bases.$get === 'function') {
    const get = bases.$get;
    bases.$get = function (this: PyType) {
      if (oldStyle.has(this)) return new Sk.builtin.tuple((this.prototype.tp$bases ?? []).filter((b) => b !== Sk.builtin.object));
      return get.call(this);
    };
  }
  const objectRepr = requireSlot(Sk.builtin.object.prototype, '$r');
  Sk.builtin.object.prototype.$r = function (this: PyObject) {
    const type = typeOf(this);
    return oldStyle.has(type) ? new Sk.builtin.str(`<${qualifiedName(type)} instance at ${address(this)}>`) : objectRepr.call(this);
  };

  const vars = new Sk.builtin.func(function vars(obj?: PyObject) {
    if (obj === undefined) throw new Sk.builtin.NotImplementedError('vars() without an argument is not available in the sandbox');
    try {
      return Sk.abstr.gattr(obj, new Sk.builtin.str('__dict__'));
    } catch (err) {
      if (err instanceof Sk.builtin.AttributeError) throw new Sk.builtin.TypeError('vars() argument must have __dict__ attribute');
      throw err;
    }
  });
  Sk.builtins['vars'] = vars;
}
