import type { Cell, JavaType, SqlParam } from '../driver.js';

/** PostgreSQL's type OIDs (pg_type.oid) and the name and Java class pgJDBC reports for each. */
const TYPES: Readonly<Record<number, readonly [string, JavaType]>> = {
  16: ['bool', 'java.lang.Boolean'],
  17: ['bytea', '[B'],
  18: ['char', 'java.lang.String'],
  19: ['name', 'java.lang.String'],
  20: ['int8', 'java.lang.Long'],
  21: ['int2', 'java.lang.Integer'],
  23: ['int4', 'java.lang.Integer'],
  25: ['text', 'java.lang.String'],
  26: ['oid', 'java.lang.Long'],
  114: ['json', 'java.lang.String'],
  700: ['float4', 'java.lang.Float'],
  701: ['float8', 'java.lang.Double'],
  1042: ['bpchar', 'java.lang.String'],
  1043: ['varchar', 'java.lang.String'],
  1082: ['date', 'java.util.Date'],
  1083: ['time', 'java.util.Date'],
  1114: ['timestamp', 'java.util.Date'],
  1184: ['timestamptz', 'java.util.Date'],
  1700: ['numeric', 'java.math.BigDecimal'],
  2950: ['uuid', 'java.lang.String'],
  3802: ['jsonb', 'java.lang.String'],
};

export function pgColumnType(oid: number): { dbType: string; javaType: JavaType } {
  const known = TYPES[oid];
  return known === undefined ? { dbType: `oid ${oid}`, javaType: 'java.lang.String' } : { dbType: known[0], javaType: known[1] };
}

/**
 * A value in PostgreSQL's text format as the column's Java class reads it. Timestamps come in the session's
 * TimeZone (the gateway's), with their offset for timestamptz, which Date.parse reads.
 */
export function pgCell(text: string | null, oid: number): Cell {
  if (text === null) return null;
  const { javaType } = pgColumnType(oid);
  switch (javaType) {
    case 'java.lang.Boolean': return text === 't';
    case 'java.lang.Integer': return Number(text);
    case 'java.lang.Long': return { long: text };
    case 'java.lang.Float':
    case 'java.lang.Double':
    case 'java.math.BigDecimal': return { float: Number(text) };
    case '[B': return { bytes: Buffer.from(text.startsWith('\\x') ? text.slice(2) : text, 'hex').toString('base64') };
    case 'java.util.Date': return pgDate(text, oid);
    default: return text;
  }
}

function pgDate(text: string, oid: number): Cell {
  // date and timestamp carry no offset: their wall time is read in the gateway's zone by the guest (localDate).
  if (oid === 1184) {
    const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
    const millis = Date.parse(iso);
    if (Number.isFinite(millis)) return { date: millis };
    return text;
  }
  return { localDate: oid === 1083 ? `1970-01-01 ${text}` : text };
}

/** A parameter in the form node-postgres sends: text for dates (the gateway's wall time with its offset), hex bytes. */
export function toPgParam(param: SqlParam): string | number | boolean | Buffer | null {
  if (param === null || typeof param === 'string' || typeof param === 'boolean') return param;
  if ('int' in param) return param.int;
  if ('long' in param) return param.long;
  if ('float' in param) return param.float;
  if ('date' in param) return param.local ?? new Date(param.date).toISOString();
  return Buffer.from(param.bytes, 'base64');
}
