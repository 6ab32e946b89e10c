import { quality, type Quality } from './quality.js';

/** The tag data types the sandbox holds (Ignition's names), and the Python type a read gives for each. */
export const TAG_DATA_TYPES = ['Boolean', 'Int1', 'Int2', 'Int4', 'Int8', 'Float4', 'Float8', 'String', 'DateTime'] as const;
export type TagDataType = (typeof TAG_DATA_TYPES)[number];

/** A tag's value as stored: DateTime as epoch milliseconds, integers and floats as numbers; null is a null value. */
export type TagValue = null | boolean | number | string;

/**
 * A value a script writes, as the guest describes it: its Python kind, its JSON payload (a long as decimal
 * text, a java.util.Date as epoch milliseconds) and the text Java's String.valueOf would give (for String tags).
 */
export interface WriteValue {
  readonly kind: 'none' | 'bool' | 'int' | 'long' | 'float' | 'str' | 'date' | 'other';
  readonly value: null | boolean | number | string;
  readonly text: string;
}

/** The longest String value a tag takes (as the tag file's limit): tags live in the host's memory. */
export const MAX_STRING_VALUE = 1_000_000;

export type Coerced = { readonly ok: true; readonly value: TagValue } | { readonly ok: false; readonly quality: Quality };

const conversionError = (): Coerced => ({ ok: false, quality: quality('Error_TypeConversion') });

/** Java's narrowing of a long to an int of `bits` bits (what a write of a too-large number to Int1/2/4 keeps). */
function narrow(n: number, bits: 8 | 16 | 32): number {
  const shift = 32 - bits;
  return ((n | 0) << shift) >> shift;
}

function toNumber(input: WriteValue): number | undefined {
  switch (input.kind) {
    case 'bool': return input.value === true ? 1 : 0;
    case 'int': case 'float': return typeof input.value === 'number' ? input.value : undefined;
    case 'long': return Number(input.value);
    case 'str': {
      const text = String(input.value).trim();
      const n = text === '' ? Number.NaN : Number(text);
      return Number.isFinite(n) ? n : undefined;
    }
    default: return undefined;
  }
}

function toInteger(input: WriteValue, type: TagDataType): Coerced {
  const n = toNumber(input);
  if (n === undefined || Number.isNaN(n)) return conversionError();
  const whole = Math.trunc(n);
  if (type === 'Int8') return { ok: true, value: whole };
  // Java's (int) of a double saturates at the int range; the narrowing to Int1/Int2 then wraps.
  const asInt = Math.max(-2147483648, Math.min(2147483647, whole));
  return { ok: true, value: type === 'Int1' ? narrow(asInt, 8) : type === 'Int2' ? narrow(asInt, 16) : narrow(asInt, 32) };
}

function toBoolean(input: WriteValue): Coerced {
  if (input.kind === 'str') {
    const text = String(input.value).trim().toLowerCase();
    if (text === 'true' || text === '1') return { ok: true, value: true };
    if (text === 'false' || text === '0') return { ok: true, value: false };
    return conversionError();
  }
  const n = toNumber(input);
  return n === undefined ? conversionError() : { ok: true, value: n !== 0 };
}

/** Converts a written value to a tag's data type, as a gateway's memory tag does; a value it cannot take is Error_TypeConversion. */
export function coerceToDataType(input: WriteValue, type: TagDataType): Coerced {
  if (input.kind === 'none') return { ok: true, value: null };
  switch (type) {
    case 'Boolean': return toBoolean(input);
    case 'Int1': case 'Int2': case 'Int4': case 'Int8': return toInteger(input, type);
    case 'Float4': case 'Float8': {
      const n = toNumber(input);
      if (n === undefined) return conversionError();
      return { ok: true, value: type === 'Float4' ? Math.fround(n) : n };
    }
    case 'String': return input.text.length > MAX_STRING_VALUE
      ? { ok: false, quality: quality('Bad_OutOfRange', `A String tag holds at most ${MAX_STRING_VALUE} characters`) }
      : { ok: true, value: input.text };
    case 'DateTime': {
      if (input.kind === 'date' || input.kind === 'int' || input.kind === 'long') return { ok: true, value: Number(input.value) };
      return conversionError();
    }
  }
}

/** Whether a stored (file or configure) value suits the data type. */
export function valueFitsDataType(value: TagValue, type: TagDataType): boolean {
  if (value === null) return true;
  switch (type) {
    case 'Boolean': return typeof value === 'boolean';
    case 'Int1': case 'Int2': case 'Int4': case 'Int8': return typeof value === 'number' && Number.isInteger(value);
    case 'Float4': case 'Float8': return typeof value === 'number';
    case 'String': return typeof value === 'string';
    case 'DateTime': return typeof value === 'number' && Number.isInteger(value);
  }
}
