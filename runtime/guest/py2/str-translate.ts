import { isUnicode, makeUnicode } from './unicode.js';
import type { PyObject, PyStr, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * str.translate(table[, deletechars]) (table: a 256-character str or None) and unicode.translate(mapping)
 * (mapping: ordinal -> ordinal, unicode or None), which Skulpt lacks. Installed before the unicode-mixing
 * wrappers so that those wrap it like every other str method.
 */
function translateStr(self: PyStr, table: PyObject, deletechars?: PyObject): PyObject {
  const none = Sk.builtin.none.none$;
  let map: string | undefined;
  if (table !== none) {
    if (!(table instanceof Sk.builtin.str)) throw new Sk.builtin.TypeError('expected a character buffer object');
    if (table.v.length !== 256) throw new Sk.builtin.ValueError('translation table must be 256 characters long');
    map = table.v;
  }
  const remove = new Set<string>(deletechars instanceof Sk.builtin.str ? [...deletechars.v] : []);
  let out = '';
  for (const c of self.v as string) {
    if (remove.has(c)) continue;
    const code = c.charCodeAt(0);
    out += map !== undefined && code < 256 ? map[code] : c;
  }
  return new Sk.builtin.str(out);
}

function translateUnicode(self: PyStr, table: PyObject): PyObject {
  let out = '';
  for (const c of self.v as string) {
    const code = c.codePointAt(0) as number;
    let mapped: PyObject;
    try {
      mapped = Sk.abstr.objectGetItem(table, new Sk.builtin.int_(code));
    } catch (err) {
      if (err instanceof Sk.builtin.LookupError) { out += c; continue; }
      throw err;
    }
    if (mapped === Sk.builtin.none.none$) continue;
    if (mapped instanceof Sk.builtin.str) out += mapped.v;
    else if (Sk.builtin.checkInt(mapped)) out += String.fromCodePoint(Number(Sk.builtin.asnum$(mapped)));
    else throw new Sk.builtin.TypeError('character mapping must return integer, None or unicode');
  }
  return makeUnicode(out);
}

export function installStrTranslate(): void {
  const str = Sk.builtin.str;
  str.prototype['translate'] = new Sk.builtin.method_descriptor(str, {
    $name: 'translate',
    $flags: { MinArgs: 1, MaxArgs: 2 },
    $textsig: null,
    $meth(this: PyStr, table: PyObject, deletechars?: PyObject) {
      return isUnicode(this) ? translateUnicode(this, table) : translateStr(this, table, deletechars);
    },
  });
}
