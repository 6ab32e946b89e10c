/**
 * Python 2 `unicode`: Skulpt's py2 mode has only one string type. Strings that come from the host (Java strings,
 * in Jython) and `u'...'` literals are `unicode`, a type of its own whose repr carries the u prefix.
 * In JavaScript it extends Skulpt's str, so every string method, comparison and hash keeps working; to Python it
 * is not a str (`isinstance(u'x', str)` is False, as in Python 2); both are `basestring`s.
 * The str/unicode mixing rules (results of methods, `+`, slicing) live in unicode-mixing.ts.
 */
import { decodeBytes } from './codecs.js';
import { isOldStyleClass } from './old-style-classes.js';
import type { PyKwArgs, PyObject, PyStr, PyType, SkGlobal } from '../skulpt-types.js';
import { engineValue, requireSlot, typeOf } from '../slots.js';

declare const Sk: SkGlobal;

let unicodeType: PyType<PyStr>;

export function installUnicode(): void {
  unicodeType = Sk.abstr.buildNativeClass<PyStr>('unicode', {
    base: Sk.builtin.str,
    constructor: function unicode(this: PyStr, text: string) {
      this.v = text;
      // As str's own constructor does (our Skulpt patch 0008): reserved words and `$` names are kept apart.
      this.$mangled = Sk.builtin.str.$mangleAttributeName(text);
      this.$savedKeyHash = text.replace(/^[0-9!#_]/, '!$&');
    },
    slots: {
      $r(this: PyStr) {
        return new Sk.builtin.str('u' + String(engineValue(requireSlot(Sk.builtin.str.prototype, '$r').call(this))));
      },
      tp$str(this: PyStr) {
        return this;
      },
      tp$new(args: PyObject[], kwargs: PyKwArgs | undefined) {
        const [obj = Sk.builtin.none.none$, encoding = Sk.builtin.none.none$, errors = Sk.builtin.none.none$] = Sk.abstr.copyKeywordsToNamedArgs('unicode', ['string', 'encoding', 'errors'], args, kwargs ?? [], [
          new Sk.builtin.str(''), Sk.builtin.none.none$, Sk.builtin.none.none$,
        ]);
        return toUnicode(obj, encoding, errors);
      },
    },
  });
  basestringType = Sk.abstr.buildNativeClass('basestring', {
    constructor: function basestring() {},
    slots: {
      tp$new() {
        throw new Sk.builtin.TypeError('The basestring type cannot be instantiated');
      },
    },
  });
}

/**
 * Python 2: str and unicode are siblings under basestring. In JavaScript unicode still extends str (so Skulpt's
 * method descriptors accept it); isinstance/issubclass are what make `isinstance(u'x', str)` False.
 */
function isSubclass(klass: PyObject, target: PyObject, original: (a: PyObject, b: PyObject) => boolean): boolean {
  // A class is a JavaScript constructor: its prototype tells what it extends.
  const proto: unknown = Reflect.get(klass, 'prototype');
  if (target === basestringType) return klass === basestringType || klass === Sk.builtin.str || proto instanceof Sk.builtin.str;
  if (target === Sk.builtin.str && (klass === unicodeType || proto instanceof unicodeType)) return false;
  return original(klass, target);
}

export function installBasestringChecks(): void {
  const isinstance = Sk.builtins['isinstance'];
  const issubclass = Sk.builtins['issubclass'];
  if (isinstance === undefined || issubclass === undefined) throw new Error('perspective-sandbox: Skulpt has no isinstance or issubclass');
  const isinstanceFn = isinstance;
  const issubclassFn = issubclass;
  const instanceCheck = (obj: PyObject, type: PyObject): boolean => {
    if (type instanceof Sk.builtin.tuple) return type.v.some((t) => instanceCheck(obj, t));
    // A classic class is a classobj, not a type.
    if (type === Sk.builtin.type && isOldStyleClass(obj)) return false;
    if (type === basestringType || type === Sk.builtin.str) return isSubclass(typeOf(obj), type, () => Sk.misceval.isTrue(Sk.misceval.callsimArray(isinstanceFn, [obj, type])));
    return Sk.misceval.isTrue(Sk.misceval.callsimArray(isinstanceFn, [obj, type]));
  };
  const subclassCheck = (klass: PyObject, type: PyObject): boolean => {
    if (type instanceof Sk.builtin.tuple) return type.v.some((t) => subclassCheck(klass, t));
    return isSubclass(klass, type, () => Sk.misceval.isTrue(Sk.misceval.callsimArray(issubclassFn, [klass, type])));
  };
  Sk.builtins['isinstance'] = new Sk.builtin.func(function isinstance(obj: PyObject, type: PyObject) {
    Sk.builtin.pyCheckArgsLen('isinstance', arguments.length, 2, 2);
    return instanceCheck(obj, type) ? Sk.builtin.bool.true$ : Sk.builtin.bool.false$;
  });
  Sk.builtins['issubclass'] = new Sk.builtin.func(function issubclass(klass: PyObject, type: PyObject) {
    Sk.builtin.pyCheckArgsLen('issubclass', arguments.length, 2, 2);
    return subclassCheck(klass, type) ? Sk.builtin.bool.true$ : Sk.builtin.bool.false$;
  });
  Sk.builtins['basestring'] = basestringType;
}

let basestringType: PyType;

/** `unicode(obj[, encoding[, errors]])`. */
function toUnicode(obj: PyObject, encoding: PyObject, errors: PyObject): PyObject {
  if (isUnicode(obj) && encoding === Sk.builtin.none.none$) return obj;
  if (obj instanceof Sk.builtin.str) {
    if (encoding === Sk.builtin.none.none$) return makeUnicode(decodeBytes(obj.v, 'ascii', 'strict'));
    const decode = Sk.abstr.gattr(obj, new Sk.builtin.str('decode'));
    const args = errors === Sk.builtin.none.none$ ? [encoding] : [encoding, errors];
    return Sk.misceval.callsimArray(decode, args);
  }
  if (encoding !== Sk.builtin.none.none$) throw new Sk.builtin.TypeError(`coercing to Unicode: need string or buffer, ${Sk.abstr.typeName(obj)} found`);
  const special = Sk.abstr.lookupSpecial(obj, new Sk.builtin.str('__unicode__'));
  // BaseException.__unicode__ (Python 2.7): one argument is converted with unicode(), so non-ASCII text survives.
  if (special === undefined && obj instanceof Sk.builtin.BaseException && obj.tp$str === Sk.builtin.BaseException.prototype.tp$str) {
    const args: PyObject[] = obj.args instanceof Sk.builtin.tuple ? obj.args.v : [];
    if (args.length === 0) return makeUnicode('');
    if (args.length === 1 && args[0] !== undefined) return toUnicode(args[0], Sk.builtin.none.none$, Sk.builtin.none.none$);
  }
  const text = special !== undefined ? Sk.misceval.callsimArray(special, []) : Sk.misceval.callsimArray(Sk.builtin.str, [obj]);
  return isUnicode(text) ? text : makeUnicode(String(engineValue(text)));
}

export function makeUnicode(text: string): PyStr {
  return new unicodeType(text);
}

export function isUnicode(obj: PyObject): boolean {
  return obj instanceof unicodeType;
}

export function getUnicodeType(): PyType<PyStr> {
  return unicodeType;
}
