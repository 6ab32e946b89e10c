import type { PyException, PyKwArgs, PyObject, PySlots, SkGlobal } from '../skulpt-types.js';
import { requireSlot } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * `BaseException.__init__(self, *args)` sets `self.args`, as in Python 2.7 and Jython: a subclass whose
 * `__init__(self, msg, code)` calls `Exception.__init__(self, msg)` ends with `args == (msg,)` and
 * `str(e) == msg`. Skulpt only set args when the instance was created (all constructor arguments).
 * An instance of a class defined in Python starts with empty args (Jython: a subclass `__init__` that does not
 * call the base one leaves `args == ()`). Exception types with their own `__init__` (UnicodeError's and
 * others) are left alone.
 */
export function installExceptionInit(): void {
  const base = Sk.builtin.BaseException;
  const proto = base.prototype;
  const original = requireSlot(proto, 'tp$init');
  const init = function (this: PyException, args: PyObject[], kwargs?: PyKwArgs): undefined {
    original.call(this, args, kwargs);
    this.args = new Sk.builtin.tuple(args.slice());
    return undefined;
  };
  proto.tp$init = init;
  const originalNew = requireSlot(proto, 'tp$new');
  // Called on the prototype of the class being instantiated: hp$type marks classes defined in Python.
  proto.tp$new = function (this: PySlots, args: PyObject[], kwargs?: PyKwArgs) {
    const instance = originalNew.call(this, args, kwargs) as PyException;
    if (this.hp$type) instance.args = new Sk.builtin.tuple([]);
    return instance;
  };
  proto.__init__ = new Sk.builtin.wrapper_descriptor(base, Sk.slots.__init__, init);
}
