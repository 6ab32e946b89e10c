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
let instanceType: PyObject;
let classobjType: PyObject;

function address(obj: object): string {
  let n = addresses.get(obj);
  if (n === undefined) {
    n = nextAddress++;
    addresses.set(obj, n);
  }
  return '0x' + n.toString(16);
}

function qualifiedName(klass: PyObject): string {
  const module = klass.prototype?.__module__;
  const name: string = klass.prototype.tp$name;
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
  Sk.misceval.buildClass = function (globals: unknown, func: unknown, name: string, bases: PyObject[], cell: unknown) {
    const klass = buildClass(globals, func, name, bases, cell);
    const classic = bases.every((b) => oldStyle.has(b)) && Sk.abstr.typeName(klass) === 'type' && !Object.hasOwn(klass.prototype, '__metaclass__');
    if (classic) {
      oldStyle.add(klass);
      Object.defineProperty(klass.prototype, 'sk$attrError', {
        value() { return `${name} instance`; },
        writable: true,
      });
    }
    return klass;
  };

  const typeProto = Sk.builtin.type.prototype;
  const typeCall = typeProto.tp$call;
  typeProto.tp$call = function (this: PyObject, args: PyObject[], kwargs?: PyObject[]) {
    if (this === Sk.builtin.type && args.length === 1 && (kwargs === undefined || kwargs.length === 0)) {
      if (oldStyle.has(args[0].ob$type)) return instanceType;
      if (oldStyle.has(args[0])) return classobjType;
    }
    return typeCall.call(this, args, kwargs);
  };
  const typeRepr = typeProto.$r;
  typeProto.$r = function (this: PyObject) {
    return oldStyle.has(this) ? new Sk.builtin.str(`<class ${qualifiedName(this)} at ${address(this)}>`) : typeRepr.call(this);
  };
  const typeStr = typeProto.tp$str;
  typeProto.tp$str = function (this: PyObject) {
    return oldStyle.has(this) ? new Sk.builtin.str(qualifiedName(this)) : typeStr.call(this);
  };
  const typeAttrError = typeProto.sk$attrError;
  Object.defineProperty(typeProto, 'sk$attrError', {
    value(this: PyObject) { return oldStyle.has(this) ? `class ${this.prototype.tp$name}` : typeAttrError.call(this); },
    writable: true,
  });
  const bases = typeProto['__bases__'];
  if (bases !== undefined && typeof bases.$get === 'function') {
    const get = bases.$get;
    bases.$get = function (this: PyObject) {
      if (oldStyle.has(this)) return new Sk.builtin.tuple(this.prototype.tp$bases.filter((b: PyObject) => b !== Sk.builtin.object));
      return get.call(this);
    };
  }
  const objectRepr = Sk.builtin.object.prototype.$r;
  Sk.builtin.object.prototype.$r = function (this: PyObject) {
    const type = this.ob$type;
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
