import { fn, pyInt } from './bytes.js';
import type { PyList, PyObject, SkGlobal } from '../../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * `_psrandom`: the step of java.util.Random's generator, as the Java API documents it (48-bit state,
 * state = state * 0x5DEECE66D + 0xB mod 2**48, next(bits) = the top `bits` bits). random.py keeps the state
 * as a list [high 24 bits, low 24 bits]; every product below stays under 2**53, so doubles are exact.
 */
const MULT_HI = 0x5de;
const MULT_LO = 0xece66d;
const INCREMENT = 0xb;
const TWO_24 = 0x1000000;

function stateList(state: PyObject): PyList {
  if (!(state instanceof Sk.builtin.list) || state.v.length !== 2) {
    throw new Sk.builtin.TypeError('generator state must be a list of two ints');
  }
  return state;
}

function halves(state: PyList): [number, number] {
  const [hi, lo] = state.v.map((item) => Number(Sk.builtin.asnum$(item)));
  if (!Number.isInteger(hi) || !Number.isInteger(lo) || hi! < 0 || lo! < 0 || hi! >= TWO_24 || lo! >= TWO_24) {
    throw new Sk.builtin.ValueError('generator state out of range');
  }
  return [hi!, lo!];
}

/** Advances the state in place; returns its top `bits` bits (1..32) as an unsigned number. */
function step(stateObject: PyObject, bits: number): number {
  const state = stateList(stateObject);
  const [hi, lo] = halves(state);
  const low = lo * MULT_LO + INCREMENT;
  const newLo = low % TWO_24;
  const carry = Math.floor(low / TWO_24);
  const newHi = (hi * MULT_LO + lo * MULT_HI + carry) % TWO_24;
  state.v[0] = pyInt(newHi);
  state.v[1] = pyInt(newLo);
  return Math.floor((newHi * TWO_24 + newLo) / 2 ** (48 - bits));
}

export function randomModule(): Record<string, PyObject> {
  return {
    next_bits: fn('next_bits', (state, bits) => {
      const n = Number(Sk.builtin.asnum$(bits));
      if (!Number.isInteger(n) || n < 1 || n > 32) throw new Sk.builtin.ValueError('bits must be 1..32');
      return pyInt(step(state, n));
    }),
    // Jython's random(): 27 bits, then 26 bits, as one 53-bit fraction
    random: fn('random', (state) => {
      const a = step(state, 27);
      const b = step(state, 26);
      return new Sk.builtin.float_((a * 67108864 + b) / 9007199254740992);
    }),
  };
}
