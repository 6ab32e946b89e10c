import { isUnicode, makeUnicode } from '../py2/unicode.js';
import type { PyInstance, PyObject, PyStr, SkGlobal } from '../skulpt-types.js';
import { engineValue } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * `str.center` / `unicode.center` split odd padding as Python 2.7 and Jython do: the extra fill character goes
 * left when the width is odd ('ab'.center(7, '-') == '---ab--'), right when it is even ('abc'.center(6, '*') ==
 * '*abc**'). Skulpt always put it right. Argument checks and the result's type stay Skulpt's (and unicode-mixing's).
 */
export function installStrCenter(): void {
  const str = Sk.builtin.str;
  // Skulpt's own str.center: a method_descriptor.
  const original = str.prototype['center'] as PyInstance & { $doc?: string };
  str.prototype['center'] = new Sk.builtin.method_descriptor(str, {
    $name: 'center',
    $flags: { MinArgs: 1, MaxArgs: 2 },
    $textsig: null,
    $doc: original.$doc,
    $meth(this: PyStr, width: PyObject, fill?: PyObject) {
      if (fill !== undefined && (!(fill instanceof Sk.builtin.str) || [...fill.v].length !== 1)) {
        throw new Sk.builtin.TypeError(`center() argument 2 must be char, not ${Sk.abstr.typeName(fill)}`);
      }
      const args = fill === undefined ? [this, width] : [this, width, fill];
      const result = Sk.misceval.callsimArray(original, args);
      const text = this.v;
      const total = String(engineValue(result)).length;
      const pad = total - text.length;
      if (pad <= 0) return result;
      const fillChar = fill === undefined ? ' ' : fill.v;
      const left = Math.floor(pad / 2) + (pad & total & 1);
      const out = fillChar.repeat(left) + text + fillChar.repeat(pad - left);
      return isUnicode(result) ? makeUnicode(out) : new Sk.builtin.str(out);
    },
  });
}
