/**
 * How a snapshot's rows cross into the sandbox: column by column, each distinct string once. 100k sessions
 * repeat a handful of user agents, projects and scopes; sent row by row as JSON they cost ~40 MB to write,
 * frame, relay and parse, column by column a fraction of that. Pure functions with no imports (a contract,
 * like the -settings files): the host encodes (session-table.ts), the guest decodes (guest/session-table.ts).
 */

/** A snapshot row: the record's fields and its timestamps. */
type SessionTableRow = Readonly<Record<string, unknown>>;
export interface EncodedRows {
  readonly count: number;
  /** The distinct strings of every string field and string list, in first-seen order. */
  readonly strings: readonly string[];
  readonly columns: readonly EncodedColumn[];
}

/**
 * One field across the rows: `text` (a string per row, as an index into `strings`), `texts` (a list of strings
 * per row, as indexes) or `values` (any JSON value per row, as it is). `absent` lists the rows without the field.
 */
export interface EncodedColumn {
  readonly field: string;
  readonly kind: 'text' | 'texts' | 'values';
  readonly data: readonly unknown[];
  readonly absent: readonly number[];
}

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
  const fields = new Set<string>();
  for (const row of rows) for (const field in row) fields.add(field);
  const columns: EncodedColumn[] = [];
  for (const field of fields) {
    const kind = columnKind(rows, field);
    const data = new Array<unknown>(rows.length);
    const absent: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const value = fieldOf(rows[i] as SessionTableRow, field);
      if (value === undefined) {
        absent.push(i);
        data[i] = 0;
      } else if (kind === 'text') {
        data[i] = code(value as string);
      } else if (kind === 'texts') {
        const list = value as string[];
        const indexes = new Array<number>(list.length);
        for (let k = 0; k < list.length; k++) indexes[k] = code(list[k] as string);
        data[i] = indexes;
      } else {
        data[i] = value;
      }
    }
    columns.push({ field, kind, data, absent });
  }
  return { count: rows.length, strings, columns };
}

/** A row's own field; undefined when it has none (JSON has no undefined, so an undefined field is none either). */
function fieldOf(row: SessionTableRow, field: string): unknown {
  const value = row[field];
  return value === undefined || (typeof value === 'function' && !Object.hasOwn(row, field)) ? undefined : value;
}

/** Rows sampled to tell whether a string field repeats enough to be worth coding. */
const SAMPLE_ROWS = 1000;

/**
 * 'text' when every row that has the field holds a string there and the strings repeat (ids and addresses,
 * mostly distinct, stay 'values'), 'texts' for lists of strings, else 'values'.
 */
function columnKind(rows: readonly SessionTableRow[], field: string): EncodedColumn['kind'] {
  let strings = 0;
  let lists = 0;
  let present = 0;
  const sample = new Set<unknown>();
  for (let i = 0; i < rows.length; i++) {
    const value = fieldOf(rows[i] as SessionTableRow, field);
    if (value === undefined) continue;
    present++;
    if (typeof value === 'string') {
      strings++;
      if (i < SAMPLE_ROWS) sample.add(value);
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists++;
  }
  if (present > 0 && strings === present) return sample.size * 2 > Math.min(present, SAMPLE_ROWS) ? 'values' : 'text';
  return present > 0 && lists === present ? 'texts' : 'values';
}

/** The rows again, each a plain object with the fields it had. */
export function decodeRows(encoded: EncodedRows): Array<Record<string, unknown>> {
  const { strings, columns, count } = encoded;
  const absent = columns.map((column) => (column.absent.length > 0 ? new Set(column.absent) : undefined));
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 0; i < count; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < columns.length; c++) {
      const { field, kind, data } = columns[c] as EncodedColumn;
      if (absent[c]?.has(i) === true) continue;
      const raw = data[i];
      row[field] = kind === 'text' ? strings[raw as number] : kind === 'texts' ? (raw as number[]).map((n) => strings[n]) : raw;
    }
    rows.push(row);
  }
  return rows;
}
