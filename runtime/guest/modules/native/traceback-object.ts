import { extractFrames } from '../../traceback.js';
import type { PyException, PyObject, PyType, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Python's traceback objects for the frames an exception passed: `tb_lineno`, `tb_next`, `tb_frame` (None: the
 * sandbox has no frame objects). The traceback module reads the frames through `_pstraceback.extract`.
 */
/** A traceback object: the exception and the index of its frame. */
interface TracebackObject extends PyObject { $err: PyException; $index: number }

let tracebackType: PyType<TracebackObject> | undefined;

function type(): PyType<TracebackObject> {
  tracebackType ??= Sk.abstr.buildNativeClass<TracebackObject>('traceback', {
    constructor: function traceback(this: TracebackObject, err: PyException, index: number) {
      this.$err = err;
      this.$index = index;
    },
    slots: { tp$getattr: Sk.generic.getAttr },
    getsets: {
      tb_lineno: { $get(this: TracebackObject) { return new Sk.builtin.int_(extractFrames(this.$err)[this.$index]?.lineno ?? 0); } },
      tb_next: {
        $get(this: TracebackObject) {
          const next = this.$index + 1;
          return next < extractFrames(this.$err).length ? new (type())(this.$err, next) : Sk.builtin.none.none$;
        },
      },
      tb_frame: { $get() { return Sk.builtin.none.none$; } },
    },
  });
  return tracebackType;
}

/** The traceback of an exception (its outermost frame), or None when it passed no frame yet. */
export function tracebackOf(err: PyException): PyObject {
  return extractFrames(err).length > 0 ? new (type())(err, 0) : Sk.builtin.none.none$;
}

export function isTraceback(obj: PyObject): obj is TracebackObject {
  return tracebackType !== undefined && obj instanceof tracebackType;
}
