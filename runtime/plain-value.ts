import { InvalidOptionError } from './option-error.js';

/** Plain JSON-like data: what crosses between JavaScript and Python as values (globals in, values out). */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** A Python identifier (Python 2: ASCII letters, digits and underscores, not starting with a digit). */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const MAX_DEPTH = 100;

/**
 * Checks the globals an embedder gives a run: names must be identifiers, values plain data (null, booleans,
 * finite numbers, strings, arrays and plain objects, no cycles). Throws an InvalidOptionError naming the
 * global and the place in it otherwise. Returns the same object.
 */
export function checkGlobals(globals: unknown): Readonly<Record<string, PlainValue>> {
  if (!isPlainObject(globals)) throw new InvalidOptionError('globals', 'expected a plain object of names to values');
  for (const [name, value] of Object.entries(globals)) {
    if (!IDENTIFIER.test(name)) throw new InvalidOptionError(`globals.${name}`, 'not a Python identifier');
    checkPlain(value, `globals.${name}`, 0, new Set());
  }
  return globals as Readonly<Record<string, PlainValue>>;
}

function checkPlain(value: unknown, where: string, depth: number, seen: Set<object>): void {
  if (depth > MAX_DEPTH) throw new InvalidOptionError(where, `nested more than ${MAX_DEPTH} levels deep`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidOptionError(where, `${value} has no Python form here (only finite numbers)`);
    return;
  }
  if (typeof value !== 'object') throw new InvalidOptionError(where, `a ${typeof value} cannot be converted to Python (plain data only)`);
  if (seen.has(value)) throw new InvalidOptionError(where, 'contains itself');
  seen.add(value);
  if (Array.isArray(value)) value.forEach((item, i) => checkPlain(item, `${where}[${i}]`, depth + 1, seen));
  else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) checkPlain(item, `${where}.${key}`, depth + 1, seen);
  else throw new InvalidOptionError(where, `a ${value.constructor?.name ?? 'object'} cannot be converted to Python (plain data only)`);
  seen.delete(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A Python value read back that has no plain JavaScript form (a set, a function, a long past 2**53, ...). */
export class ValueConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueConversionError';
  }
}
