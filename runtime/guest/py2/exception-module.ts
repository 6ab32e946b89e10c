import type { PyType, SkGlobal } from '../skulpt-types.js';
import { requireSlot } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * The built-in exception types live in Python 2's `exceptions` module, as Jython shows them: `ValueError.__module__`
 * is 'exceptions' and `repr(ValueError)` (and `type(e)` printed) is `<type 'exceptions.ValueError'>`; Skulpt said
 * 'builtins' and `<type 'ValueError'>`. A traceback's last line stays `ValueError: ...` (traceback.ts leaves the
 * `exceptions` module out, as Python 2 does). Classes a script defines keep `<class '__main__.MyError'>`.
 */
export function installExceptionModule(): void {
  const exceptionsModule = new Sk.builtin.str('exceptions');
  const base = Sk.builtin.BaseException as PyType;
  for (const value of Object.values(Sk.builtin)) {
    if (typeof value === 'function' && (value === base || value.prototype instanceof base) && !(value as PyType).sk$klass) {
      (value as PyType).prototype['__module__'] = exceptionsModule;
    }
  }
  const typeProto = Sk.builtin.type.prototype;
  const typeRepr = requireSlot(typeProto, '$r');
  typeProto.$r = function (this: PyType) {
    if (!this.sk$klass && this.prototype['__module__'] === exceptionsModule) {
      return new Sk.builtin.str(`<type 'exceptions.${this.prototype.tp$name}'>`);
    }
    return typeRepr.call(this);
  };
}
