import type { Cell, JavaType, SqlParam } from '../driver.js';

/** What better-sqlite3 binds and returns (integers as BigInt: the process runs with safeIntegers). */
export type SqliteValue = null | number | bigint | string | Buffer;

const INT32_MIN = -(2n ** 31n);
const INT32_MAX = 2n ** 31n - 1n;

/** A parameter as SQLite stores it: booleans as 0/1, dates as epoch milliseconds (as Ignition's SQLite driver does). */
export function toSqliteParam(param: SqlParam): SqliteValue {
  if (param === null || typeof param === 'string') return param;
  if (typeof param === 'boolean') return param ? 1n : 0n;
  if ('int' in param) return BigInt(param.int);
  if ('long' in param) return BigInt(param.long);
  if ('float' in param) return param.float;
  if ('date' in param) return BigInt(param.date);
  return Buffer.from(param.bytes, 'base64');
}

/**
 * The Java class of a column from its declared type (SQLite's affinity rules), or, for an expression without
 * one, from the first value it holds.
 */
export function sqliteJavaType(declared: string | null, sample: SqliteValue | undefined): JavaType {
  const t = (declared ?? '').toUpperCase();
  if (t !== '') {
    if (t.includes('BOOL')) return 'java.lang.Boolean';
    if (t.includes('DATE') || t.includes('TIME')) return 'java.util.Date';
    if (t.includes('BIGINT') || t.includes('INT8')) return 'java.lang.Long';
    if (t.includes('INT')) return 'java.lang.Integer';
    if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'java.lang.String';
    if (t.includes('BLOB')) return '[B';
    if (t.includes('REAL') || t.includes('FLOA') || t.includes('DOUB')) return 'java.lang.Double';
    if (t.includes('DEC') || t.includes('NUM')) return 'java.math.BigDecimal';
  }
  if (typeof sample === 'bigint') return sample >= INT32_MIN && sample <= INT32_MAX ? 'java.lang.Integer' : 'java.lang.Long';
  if (typeof sample === 'number') return 'java.lang.Double';
  if (typeof sample === 'string') return 'java.lang.String';
  if (Buffer.isBuffer(sample)) return '[B';
  return 'java.lang.Object';
}

/** A stored value as the column's Java class reads it. */
export function sqliteCell(value: SqliteValue, javaType: JavaType): Cell {
  if (value === null) return null;
  if (Buffer.isBuffer(value)) return { bytes: value.toString('base64') };
  if (typeof value === 'bigint') {
    if (javaType === 'java.lang.Boolean') return value !== 0n;
    if (javaType === 'java.util.Date') return { date: Number(value) };
    if (javaType === 'java.lang.Double' || javaType === 'java.lang.Float' || javaType === 'java.math.BigDecimal') return { float: Number(value) };
    if (javaType === 'java.lang.Long') return { long: value.toString() };
    return value >= INT32_MIN && value <= INT32_MAX ? Number(value) : { long: value.toString() };
  }
  if (typeof value === 'number') return { float: value };
  // A text timestamp (SQLite's CURRENT_TIMESTAMP, datetime()) is wall time without an offset.
  if (javaType === 'java.util.Date' && /^\d{4}-\d\d-\d\d([ T]\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(value)) return { localDate: value.replace('T', ' ') };
  return value;
}
