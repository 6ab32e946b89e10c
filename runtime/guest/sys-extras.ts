import { currentException } from './exc-info.js';
import { tracebackOf } from './modules/native/traceback-object.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

const none = (): PyObject => Sk.builtin.none.none$;

/** sys.exc_info, sys.exc_clear, sys.maxunicode and friends, as Jython has them. */
export function extendSys(d: Record<string, PyObject>): void {
  d.exc_info = new Sk.builtin.func(function () {
    const err = currentException();
    if (err === undefined) return new Sk.builtin.tuple([none(), none(), none()]);
    return new Sk.builtin.tuple([err.ob$type, err, tracebackOf(err)]);
  });
  d.maxunicode = new Sk.builtin.int_(1114111);
  d.byteorder = new Sk.builtin.str('big');
  d.hexversion = new Sk.builtin.int_(0x20703f0);
  d.version_info = new Sk.builtin.tuple([2, 7, 3].map((n) => new Sk.builtin.int_(n)).concat([new Sk.builtin.str('final'), new Sk.builtin.int_(0)]));
  d.getdefaultencoding = new Sk.builtin.func(() => new Sk.builtin.str('ascii'));
  d.getrecursionlimit ??= new Sk.builtin.func(() => new Sk.builtin.int_(1000));
  d.subversion = new Sk.builtin.tuple([new Sk.builtin.str('Jython'), new Sk.builtin.str(''), new Sk.builtin.str('')]);
}

/** `__import__(name, globals, locals, fromlist, level)`, through the same allowlist as the import statement. */
export function makeImportBuiltin(): PyObject {
  const fn = new Sk.builtin.func(function (name: PyObject, globals?: PyObject, locals?: PyObject, fromlist?: PyObject) {
    void locals;
    if (!(name instanceof Sk.builtin.str)) throw new Sk.builtin.TypeError('__import__() argument 1 must be string, not ' + Sk.abstr.typeName(name));
    const from = fromlist === undefined || fromlist === Sk.builtin.none.none$
      ? []
      : Sk.misceval.arrayFromIterable(fromlist).map((n) => String((n as { v?: unknown }).v));
    const g = globals instanceof Sk.builtin.dict ? {} : {};
    return Sk.misceval.retryOptionalSuspensionOrThrow(Sk.builtin.__import__(name.v, g, {}, from, -1));
  });
  fn.$name = '__import__';
  return fn;
}
