import type { PyKwArgs, PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Python 2 `xrange` is lazy: `for i in xrange(10**12)` must not build a list first (Skulpt's does, which
 * both defeats the time limit and exhausts memory). This is a real xrange type with len, indexing,
 * iteration, reversed, `in` and the Python 2 repr.
 */
interface RangeIterator extends PyObject { $next: number; $step: number; $left: number }
interface XRange extends PyObject { $start: number; $step: number; $count: number }

export function installXrange(): void {
  const xrangeIterator = Sk.abstr.buildNativeClass('rangeiterator', {
    constructor: function rangeiterator(this: RangeIterator, start: number, step: number, count: number) {
      this.$next = start;
      this.$step = step;
      this.$left = count;
    },
    slots: {
      tp$iter(this: RangeIterator) { return this; },
      tp$iternext(this: RangeIterator) {
        if (this.$left <= 0) return undefined;
        const value = this.$next;
        this.$next += this.$step;
        this.$left--;
        return new Sk.builtin.int_(value);
      },
    },
  });

  const xrange = Sk.abstr.buildNativeClass('xrange', {
    constructor: function xrange(this: XRange, start: number, stop: number, step: number) {
      this.$start = start;
      this.$step = step;
      this.$count = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
    },
    slots: {
      tp$getattr: Sk.generic.getAttr,
      tp$as_sequence_or_mapping: true,
      tp$new(args: PyObject[], kwargs: PyKwArgs | undefined) {
        if (kwargs !== undefined && kwargs.length > 0) throw new Sk.builtin.TypeError('xrange() does not take keyword arguments');
        if (args.length < 1 || args.length > 3) {
          throw new Sk.builtin.TypeError(`xrange() requires 1-3 int arguments`);
        }
        const ints = args.map((a) => toInt(a));
        const [start, stop, step] = ints.length === 1 ? [0, ints[0] as number, 1] : [ints[0] as number, ints[1] as number, ints[2] ?? 1];
        if (step === 0) throw new Sk.builtin.ValueError('xrange() arg 3 must not be zero');
        return new xrange(start, stop, step);
      },
      $r(this: XRange) {
        const stop = this.$start + this.$count * this.$step;
        if (this.$start === 0 && this.$step === 1) return new Sk.builtin.str(`xrange(${stop})`);
        if (this.$step === 1) return new Sk.builtin.str(`xrange(${this.$start}, ${stop})`);
        return new Sk.builtin.str(`xrange(${this.$start}, ${stop}, ${this.$step})`);
      },
      tp$iter(this: XRange) {
        return new xrangeIterator(this.$start, this.$step, this.$count);
      },
      sq$length(this: XRange) {
        return this.$count;
      },
      sq$contains(this: XRange, item: PyObject) {
        if (!(item instanceof Sk.builtin.int_)) return false;
        const value = Number(item.v);
        const offset = value - this.$start;
        return offset % this.$step === 0 && offset / this.$step >= 0 && offset / this.$step < this.$count;
      },
      mp$subscript(this: XRange, index: PyObject) {
        if (!Sk.misceval.isIndex(index)) throw new Sk.builtin.TypeError('sequence index must be integer, not ' + Sk.abstr.typeName(index));
        let i = Number(Sk.misceval.asIndex(index));
        if (i < 0) i += this.$count;
        if (i < 0 || i >= this.$count) throw new Sk.builtin.IndexError('xrange object index out of range');
        return new Sk.builtin.int_(this.$start + i * this.$step);
      },
    },
    methods: {
      __reversed__: {
        $meth(this: XRange) {
          const last = this.$start + (this.$count - 1) * this.$step;
          return new xrangeIterator(last, -this.$step, this.$count);
        },
        $flags: { NoArgs: true },
      },
    },
  });
  Sk.builtin.xrange = xrange;
  Sk.builtins['xrange'] = xrange;
}

function toInt(value: PyObject): number {
  if (value instanceof Sk.builtin.float_) throw new Sk.builtin.TypeError('integer argument expected, got float');
  if (!Sk.misceval.isIndex(value)) {
    throw new Sk.builtin.TypeError(`an integer is required`);
  }
  return Number(Sk.misceval.asIndex(value));
}
