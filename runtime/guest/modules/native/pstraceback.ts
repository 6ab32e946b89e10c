import { currentException } from '../../exc-info.js';
import { exceptionLine, extractFrames, sourceLine } from '../../traceback.js';
import { isTraceback } from './traceback-object.js';
import type { PyObject, SkGlobal } from '../../skulpt-types.js';
import { engineValue } from '../../slots.js';

declare const Sk: SkGlobal;

const str = (s: string): PyObject => new Sk.builtin.str(s);

/**
 * `_pstraceback`: what the traceback and linecache modules need from the runtime. `extract(tb)` lists the frames
 * from a traceback object on, as (filename, lineno, name, line) tuples; `getline` reads sandbox sources only.
 */
export function pstracebackModule(): Record<string, PyObject> {
  return {
    extract: new Sk.builtin.func(function (tb: PyObject) {
      if (!isTraceback(tb)) return new Sk.builtin.list([]);
      const frames = extractFrames(tb.$err).slice(tb.$index);
      return new Sk.builtin.list(frames.map((f) => new Sk.builtin.tuple([
        str(f.filename), new Sk.builtin.int_(f.lineno), str(f.name), f.line === '' ? Sk.builtin.none.none$ : str(f.line),
      ])));
    }),
    getline: new Sk.builtin.func(function (filename: PyObject, lineno: PyObject) {
      return str(sourceLine(String(engineValue(filename)), Number(Sk.builtin.asnum$(lineno))));
    }),
    exception_line: new Sk.builtin.func(function (err: PyObject) {
      if (!(err instanceof Sk.builtin.BaseException)) throw new Sk.builtin.TypeError('exception_line() needs an exception');
      return str(exceptionLine(err));
    }),
    current: new Sk.builtin.func(function () {
      return currentException() ?? Sk.builtin.none.none$;
    }),
  };
}
