import type { PyCompareOp, PyObject, SkGlobal } from '../skulpt-types.js';
import { engineValue, typeOf } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2 orders values of any two types: `1 < 'a'`, `[] < ''`, `u'b' > (1,)`. Skulpt's py2 table covers a few
 * builtin pairs and raises TypeError for the rest (unicode, sets, user objects...). When Skulpt gives up, this
 * applies CPython 2's default order: None first, then numbers, then everything else by type name.
 */
const ORDERING = new Set(['Lt', 'LtE', 'Gt', 'GtE']);

function isNumber(value: PyObject): boolean {
  return value instanceof Sk.builtin.int_ || value instanceof Sk.builtin.float_ || value instanceof Sk.builtin.lng || value instanceof Sk.builtin.complex;
}

/** -1, 0 or 1 as CPython 2's default_3way_compare orders two values of different types. */
function defaultOrder(v: PyObject, w: PyObject): number {
  if (v === Sk.builtin.none.none$) return -1;
  if (w === Sk.builtin.none.none$) return 1;
  const vName = isNumber(v) ? '' : String(typeOf(v).prototype.tp$name);
  const wName = isNumber(w) ? '' : String(typeOf(w).prototype.tp$name);
  if (vName !== wName) return vName < wName ? -1 : 1;
  return 0;
}

export function installMixedComparison(): void {
  const richCompareBool = Sk.misceval.richCompareBool;
  Sk.misceval.richCompareBool = function (v: PyObject, w: PyObject, op: PyCompareOp, canSuspend?: boolean) {
    try {
      return richCompareBool(v, w, op, canSuspend);
    } catch (err) {
      if (!(err instanceof Sk.builtin.TypeError) || !ORDERING.has(op) || typeOf(v) === typeOf(w)) throw err;
      if (!String(engineValue(err.args.v[0]) ?? '').includes('not supported between')) throw err;
      const order = defaultOrder(v, w);
      switch (op) {
        case 'Lt': return order < 0;
        case 'LtE': return order <= 0;
        case 'Gt': return order > 0;
        default: return order >= 0;
      }
    }
  };
}
