import { callerFrames } from '../../caller-lines.js';
import { fn } from './bytes.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * `_pswarnings`: the location warnings.warn reports. `frame(n)` is the n-th script frame up the stack
 * (1: the innermost) as (filename, lineno, source line), or None past the outermost.
 */
export function pswarningsModule(): Record<string, PyObject> {
  return {
    frame: fn('frame', (depth: PyObject) => {
      const frame = callerFrames()[Number(Sk.builtin.asnum$(depth)) - 1];
      if (frame === undefined) return Sk.builtin.none.none$;
      return new Sk.builtin.tuple([
        new Sk.builtin.str(frame.filename), new Sk.builtin.int_(frame.lineno), new Sk.builtin.str(frame.line.trim()),
      ]);
    }),
  };
}
