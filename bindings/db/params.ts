import { z } from 'zod';
import { DatabaseError, type SqlParam } from './driver.js';
import type { NamedQuery, NamedQuerySqlType } from './named-query.js';
import { namedToQuestionMarks } from './sql-text.js';

/**
 * A Python value as the guest sends it for binding (bindings/db/db-python.ts, `_encode`): its kind and a JSON
 * form. n None, b bool, i int, l long (decimal text), f float, s text, d java.util.Date [millis, wall time with
 * offset], x bytes (base64), o anything else (its text, for a message).
 */
/** A Python float as a host call receives it (tagged, so 1.0 stays a float). */
const pyFloatSchema = z.union([z.number(), z.object({ $py: z.literal('float'), value: z.number() }).transform((f) => f.value)]);

export const encodedValueSchema = z.union([
  z.tuple([z.literal('n'), z.null()]),
  z.tuple([z.literal('b'), z.boolean()]),
  z.tuple([z.literal('i'), z.number().int()]),
  z.tuple([z.literal('l'), z.string().regex(/^-?\d+$/)]),
  z.tuple([z.literal('f'), pyFloatSchema]),
  z.tuple([z.literal('s'), z.string()]),
  z.tuple([z.literal('d'), z.tuple([pyFloatSchema, z.string()])]),
  z.tuple([z.literal('x'), z.string()]),
  z.tuple([z.literal('o'), z.string()]),
]);
export type EncodedValue = z.infer<typeof encodedValueSchema>;

/** A value for a `?` placeholder of a Prep function: bound as the type Python gave it. */
export function toSqlParam(value: EncodedValue): SqlParam {
  switch (value[0]) {
    case 'n': return null;
    case 'b': return value[1];
    case 'i': return { int: value[1] };
    case 'l': return { long: value[1] };
    case 'f': return { float: value[1] };
    case 's': return value[1];
    case 'd': return { date: value[1][0], local: value[1][1] };
    case 'x': return { bytes: value[1] };
    case 'o': return value[1];
  }
}

const INT_RANGES: Readonly<Partial<Record<NamedQuerySqlType, readonly [bigint, bigint]>>> = {
  Int1: [-128n, 127n],
  Int2: [-32768n, 32767n],
  Int4: [-(2n ** 31n), 2n ** 31n - 1n],
  Int8: [-(2n ** 63n), 2n ** 63n - 1n],
};

function describe(value: EncodedValue): string {
  switch (value[0]) {
    case 'n': return 'None';
    case 'b': return value[1] ? 'True' : 'False';
    case 'd': return 'a Date';
    case 'x': return 'bytes';
    default: return JSON.stringify(value[1]);
  }
}

/**
 * A named query parameter's value, coerced to its declared type as a gateway coerces it (numbers from numeric
 * text, booleans from 0/1 and true/false, text from anything); what cannot be coerced fails.
 */
function coerce(query: NamedQuery, name: string, type: NamedQuerySqlType, value: EncodedValue): SqlParam {
  const fail = (): never => {
    throw new DatabaseError(`Named query "${query.path}": parameter "${name}" is ${type} and cannot take ${describe(value)}`);
  };
  const [kind, raw] = value;
  if (kind === 'n') return null;
  const range = INT_RANGES[type];
  if (range !== undefined) {
    let n: bigint | undefined;
    if (kind === 'i') n = BigInt(raw);
    else if (kind === 'l') n = BigInt(raw);
    else if (kind === 'b') n = raw ? 1n : 0n;
    else if (kind === 'f' && Number.isInteger(raw)) n = BigInt(raw);
    else if (kind === 's' && /^\s*-?\d+\s*$/.test(raw)) n = BigInt(raw.trim());
    if (n === undefined || n < range[0] || n > range[1]) return fail();
    return type === 'Int8' ? { long: n.toString() } : { int: Number(n) };
  }
  switch (type) {
    case 'Float4':
    case 'Float8':
      if (kind === 'i' || kind === 'f') return { float: raw };
      if (kind === 'l') return { float: Number(raw) };
      if (kind === 's' && raw.trim() !== '' && Number.isFinite(Number(raw))) return { float: Number(raw) };
      return fail();
    case 'Boolean':
      if (kind === 'b') return raw;
      if ((kind === 'i' || kind === 'l') && (String(raw) === '0' || String(raw) === '1')) return String(raw) === '1';
      if (kind === 's' && /^(true|false)$/i.test(raw.trim())) return raw.trim().toLowerCase() === 'true';
      return fail();
    case 'String':
      if (kind === 's' || kind === 'o') return raw;
      if (kind === 'd' || kind === 'x') return fail();
      if (kind === 'b') return raw ? 'true' : 'false';
      return String(raw);
    case 'DateTime':
      if (kind === 'd') return { date: raw[0], local: raw[1] };
      if (kind === 'i') return { date: raw };
      if (kind === 'l') return { date: Number(raw) };
      return fail();
    case 'ByteArray':
      if (kind === 'x') return { bytes: raw };
      return fail();
    default:
      return fail();
  }
}

/** The named query's SQL with `?` placeholders and its parameters' values in order; a missing parameter fails. */
export function bindNamedQuery(query: NamedQuery, given: Readonly<Record<string, EncodedValue>>): { sql: string; params: SqlParam[] } {
  const declared = new Map(query.parameters.map((p) => [p.name, p]));
  for (const p of query.parameters) {
    if (p.kind === 'QueryString') {
      throw new DatabaseError(`Named query "${query.path}": parameter "${p.name}" is a QueryString, which splices text into the SQL; perspective-sandbox binds values only (declare it as a Value parameter)`);
    }
    if (!Object.hasOwn(given, p.name)) throw new DatabaseError(`Named query "${query.path}": missing value for parameter "${p.name}"`);
  }
  const { sql, order } = namedToQuestionMarks(query.sql, new Set(declared.keys()));
  const params = order.map((name) => {
    const p = declared.get(name);
    const value = given[name];
    if (p === undefined || value === undefined) throw new DatabaseError(`Named query "${query.path}": missing value for parameter "${name}"`);
    return coerce(query, name, p.sqlType, value);
  });
  return { sql, params };
}
