/**
 * How a snapshot's rows cross into the sandbox: column by column, so the guest reads them in place rather than
 * rebuilding 100k row objects. A repeated string (user agent, project, scope) crosses once, as a code per row; a
 * mostly distinct string (id, address) as one concatenated text with each row's length, cut out when a row's
 * value is first read; integers and booleans as text too (PackedInts), which JSON writes and parses far faster
 * than arrays of 100k numbers. Pure functions with no imports (a contract, like the -settings files): the host encodes
 * (session-table.ts), the guest reads (guest/session-table.ts).
 */

/** A snapshot row: the record's fields and its timestamps. */
type SessionTableRow = Readonly<Record<string, unknown>>;

export interface EncodedRows {
  readonly count: number;
  /** The distinct strings of the `text` columns, in first-seen order. */
  readonly strings: readonly string[];
  readonly columns: readonly EncodedColumn[];
}

/** One field across the rows. `absent` lists the rows without the field (their entries are placeholders). */
export type EncodedColumn =
  /** A repeated string per row, as an index into `strings`. */
  | { readonly field: string; readonly kind: 'text'; readonly codes: PackedInts; readonly absent: readonly number[] }
  /** A mostly distinct string per row: all of them concatenated, and each one's length. */
  | { readonly field: string; readonly kind: 'joined'; readonly text: string; readonly lengths: PackedInts; readonly absent: readonly number[] }
  /** A list of strings per row: each row's count, then every string of every list as in `joined`. */
  | { readonly field: string; readonly kind: 'lists'; readonly counts: PackedInts; readonly text: string; readonly lengths: PackedInts; readonly absent: readonly number[] }
  /** An integer per row (a count, a timestamp). */
  | { readonly field: string; readonly kind: 'ints'; readonly values: PackedInts; readonly absent: readonly number[] }
  /** A boolean per row, as '1' or '0'. */
  | { readonly field: string; readonly kind: 'bools'; readonly flags: string; readonly absent: readonly number[] }
  /** Any JSON value per row, as it is. */
  | { readonly field: string; readonly kind: 'values'; readonly values: readonly unknown[]; readonly absent: readonly number[] };

/**
 * Integers as text, `width` digits each, most significant first, of the value less `min`. The digits are the 57
 * characters '#' to '[', which JSON carries as they are (no quote, no backslash): a JSON array of 100k numbers
 * takes milliseconds to write and to parse, this text takes microseconds, and a row is read where it is.
 */
export interface PackedInts {
  readonly min: number;
  readonly width: number;
  readonly digits: string;
}

const DIGIT_BASE = 57;
const DIGIT_ZERO = 0x23;
/** 57**9 < 2**53: every difference that fits in 9 digits is exact. */
const MAX_DIGITS = 9;

/** Rows sampled to tell whether a string field repeats enough to be worth coding. */
const SAMPLE_ROWS = 1000;

export function encodeRows(rows: readonly SessionTableRow[]): EncodedRows {
  const strings: string[] = [];
  const codes = new Map<string, number>();
  const code = (text: string): number => {
    let index = codes.get(text);
    if (index === undefined) {
      index = strings.length;
      strings.push(text);
      codes.set(text, index);
    }
    return index;
  };
  const columns: EncodedColumn[] = [];
  for (const [field, values] of fieldValues(rows)) columns.push(encodeColumn(field, values, code));
  return { count: rows.length, strings, columns };
}

/** One column; `values` has undefined where a row lacks the field. */
function encodeColumn(field: string, values: readonly unknown[], code: (text: string) => number): EncodedColumn {
  const n = values.length;
  const absent: number[] = [];
  for (let i = 0; i < n; i++) if (values[i] === undefined) absent.push(i);
  const kind = columnKind(values);
  if (kind === 'text') {
    const codes = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const value = values[i];
      if (value !== undefined) codes[i] = code(value as string);
    }
    return { field, kind, codes: packInts(codes) as PackedInts, absent };
  }
  if (kind === 'joined') {
    const lengths = new Float64Array(n);
    for (let i = 0; i < n; i++) lengths[i] = ((values[i] ?? '') as string).length;
    // join() writes nothing for an absent row's undefined.
    return { field, kind, text: values.join(''), lengths: packInts(lengths) as PackedInts, absent };
  }
  if (kind === 'lists') {
    const counts = new Float64Array(n);
    const texts: string[] = [];
    const lengths: number[] = [];
    for (let i = 0; i < n; i++) {
      const list = (values[i] ?? []) as readonly string[];
      counts[i] = list.length;
      for (const text of list) {
        texts.push(text);
        lengths.push(text.length);
      }
    }
    return { field, kind, counts: packInts(counts) as PackedInts, text: texts.join(''), lengths: packInts(lengths) as PackedInts, absent };
  }
  if (kind === 'bools') {
    const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) flags[i] = values[i] === true ? 0x31 : 0x30;
    return { field, kind, flags: latin1Text(flags), absent };
  }
  if (kind === 'ints') {
    const ints = new Float64Array(n);
    let some = 0;
    for (let i = 0; i < n; i++) if (values[i] !== undefined) some = values[i] as number;
    // An absent row holds a present row's value, so that it widens nothing.
    for (let i = 0; i < n; i++) ints[i] = (values[i] ?? some) as number;
    const packed = packInts(ints);
    if (packed !== undefined) return { field, kind, values: packed, absent };
  }
  const plain = new Array<unknown>(n);
  for (let i = 0; i < n; i++) plain[i] = values[i] ?? null;
  return { field, kind: 'values', values: plain, absent };
}

/** The values as digits, or undefined when one is not a safe integer or they span more than 9 digits. */
function packInts(values: Float64Array | readonly number[]): PackedInts | undefined {
  const n = values.length;
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    if (!Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
    if (i === 0 || value < min) min = value;
    if (i === 0 || value > max) max = value;
  }
  let width = 1;
  for (let span = max - min; span >= DIGIT_BASE; span = Math.floor(span / DIGIT_BASE)) width++;
  if (width > MAX_DIGITS || max - min >= DIGIT_BASE ** MAX_DIGITS) return undefined;
  const digits = new Uint8Array(n * width);
  if (width === 1) {
    for (let i = 0; i < n; i++) digits[i] = DIGIT_ZERO + (values[i] as number) - min;
  } else {
    for (let i = 0; i < n; i++) {
      let rest = (values[i] as number) - min;
      for (let k = (i + 1) * width - 1; k >= i * width; k--) {
        const next = Math.floor(rest / DIGIT_BASE);
        digits[k] = DIGIT_ZERO + rest - next * DIGIT_BASE;
        rest = next;
      }
    }
  }
  return { min, width, digits: latin1Text(digits) };
}

/** Character codes below 128 as a string (the host has TextDecoder; the guest never encodes). */
function latin1Text(codes: Uint8Array): string {
  return new TextDecoder().decode(codes);
}

/** Reads packed integers by index. */
function intReader(packed: PackedInts): (index: number) => number {
  const { min, width, digits } = packed;
  if (width === 1) return (index) => min + digits.charCodeAt(index) - DIGIT_ZERO;
  return (index) => {
    let value = 0;
    for (let k = index * width; k < (index + 1) * width; k++) value = value * DIGIT_BASE + digits.charCodeAt(k) - DIGIT_ZERO;
    return min + value;
  };
}

/**
 * Each field's value by row (undefined where a row lacks it), fields in first-seen order, in one pass over the
 * rows. Rows of a snapshot mostly list their fields in the same order, so a field is matched by its position in
 * the previous row before it is looked up by name. A function is not a field (a method on a prototype).
 */
function fieldValues(rows: readonly SessionTableRow[]): Map<string, unknown[]> {
  const byField = new Map<string, unknown[]>();
  const order: string[] = [];
  const orderColumns: unknown[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as SessionTableRow;
    let j = 0;
    for (const field in row) {
      let values = order[j] === field ? orderColumns[j] : undefined;
      if (values === undefined) {
        values = byField.get(field);
        if (values === undefined) {
          values = new Array<unknown>(rows.length);
          byField.set(field, values);
        }
        order[j] = field;
        orderColumns[j] = values;
      }
      const value = row[field];
      values[i] = value === undefined || (typeof value === 'function' && !Object.hasOwn(row, field)) ? undefined : value;
      j++;
    }
    if (j < order.length) {
      order.length = j;
      orderColumns.length = j;
    }
  }
  return byField;
}

/**
 * `text` when every present value is a string and they repeat, `joined` when they are strings mostly distinct,
 * `lists` for lists of strings, `bools` and `ints` for booleans and integers, else `values`.
 */
function columnKind(values: readonly unknown[]): 'text' | 'joined' | 'lists' | 'bools' | 'ints' | 'values' {
  let strings = 0;
  let lists = 0;
  let bools = 0;
  let ints = 0;
  let present = 0;
  const sample = new Set<unknown>();
  for (const value of values) {
    if (value === undefined) continue;
    present++;
    if (typeof value === 'string') {
      strings++;
      if (sample.size < SAMPLE_ROWS) sample.add(value);
    } else if (typeof value === 'boolean') bools++;
    else if (Number.isSafeInteger(value)) ints++;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists++;
  }
  if (present === 0) return 'values';
  if (strings === present) return sample.size * 2 > Math.min(present, SAMPLE_ROWS) ? 'joined' : 'text';
  return lists === present ? 'lists' : bools === present ? 'bools' : ints === present ? 'ints' : 'values';
}

/** The rows of an encoded table, read in place: a column's derived data is built when it is first read. */
export class EncodedTable {
  readonly count: number;
  readonly fields: readonly string[];
  private readonly byField = new Map<string, EncodedColumn>();
  private readonly readers = new Map<string, (row: number) => unknown>();
  private readonly absentSets = new Map<string, ReadonlySet<number>>();

  constructor(private readonly encoded: EncodedRows) {
    this.count = encoded.count;
    for (const column of encoded.columns) this.byField.set(column.field, column);
    this.fields = [...this.byField.keys()];
  }

  /** The rows that lack the field (none, for most fields): every row lacks a field the table does not have. */
  absent(field: string): readonly number[] | 'all' {
    return this.byField.get(field)?.absent ?? 'all';
  }

  /** Whether row `row` has the field (without reading its value). */
  has(field: string, row: number): boolean {
    const column = this.byField.get(field);
    return column !== undefined && (column.absent.length === 0 || !this.absentSet(column).has(row));
  }

  /** Row `row`'s value of the field; undefined when it has none. */
  get(field: string, row: number): unknown {
    return this.reader(field)(row);
  }

  /** The field's value by row (undefined for a row without it), made at the first read of the field. */
  reader(field: string): (row: number) => unknown {
    let read = this.readers.get(field);
    if (read === undefined) {
      const column = this.byField.get(field);
      if (column === undefined) read = () => undefined;
      else {
        const value = this.columnReader(column);
        const absent = column.absent.length === 0 ? undefined : this.absentSet(column);
        read = absent === undefined ? value : (row) => (absent.has(row) ? undefined : value(row));
      }
      this.readers.set(field, read);
    }
    return read;
  }

  private absentSet(column: EncodedColumn): ReadonlySet<number> {
    let set = this.absentSets.get(column.field);
    if (set === undefined) this.absentSets.set(column.field, (set = new Set(column.absent)));
    return set;
  }

  private columnReader(column: EncodedColumn): (row: number) => unknown {
    switch (column.kind) {
      case 'text': {
        const { strings } = this.encoded;
        const code = intReader(column.codes);
        return (row) => strings[code(row)];
      }
      case 'joined': {
        const starts = offsets(column.lengths, this.count);
        return (row) => column.text.slice(starts[row], starts[row + 1]);
      }
      case 'lists': {
        const firsts = offsets(column.counts, this.count);
        const starts = offsets(column.lengths, firsts[this.count] as number);
        return (row) => {
          const list: string[] = [];
          for (let k = firsts[row] as number; k < (firsts[row + 1] as number); k++) list.push(column.text.slice(starts[k], starts[k + 1]));
          return list;
        };
      }
      case 'ints': return intReader(column.values);
      case 'bools': return (row) => column.flags.charCodeAt(row) === 0x31;
      case 'values':
        return (row) => column.values[row];
    }
  }
}

/** Where each of `count` packed lengths starts, and where the last ends. */
function offsets(lengths: PackedInts, count: number): Float64Array {
  const length = intReader(lengths);
  const starts = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = (starts[i] as number) + length(i);
  return starts;
}

/** The rows again, each a plain object with the fields it had. */
export function decodeRows(encoded: EncodedRows): Array<Record<string, unknown>> {
  const table = new EncodedTable(encoded);
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < table.count; i++) {
    const row: Record<string, unknown> = {};
    for (const field of table.fields) if (table.has(field, i)) row[field] = table.get(field, i);
    rows.push(row);
  }
  return rows;
}
