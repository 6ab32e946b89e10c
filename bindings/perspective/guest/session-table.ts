import { toPy } from '../../../runtime/guest/convert.js';
import { registerGuestServed, type GuestServedCall, type HostValueCopy } from '../../../runtime/guest/guest-served.js';
import { makeRowMapping, type ComputedValue, type MappingContext } from '../../../runtime/guest/mapping-adapter.js';
import { EncodedTable, type EncodedRows } from '../session-table-encoding.js';
import { SESSION_TABLE_IMPLEMENTATION, type SessionTableFresh, type SessionTableRow, type SessionTableSettings } from '../session-table-settings.js';
import type { PyObject, SkGlobal } from '../../../runtime/guest/skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * getSessionInfo inside the sandbox (the guest side of ../session-table.ts): the snapshot's rows are held as the
 * runtime's copy of the host value, indexes per filter column are built at the first call that filters on it,
 * and each returned row is a lazy mapping over the shared row.
 *
 * When to copy: a script that asks for one user's sessions once should not pay for copying every row, so while
 * the sandbox holds no copy, the first FILTERED_CALLS_BEFORE_COPY filtered calls are answered by the host
 * (listSessions, per call); the next filtered call, or any unfiltered one, copies the table.
 */
const FILTERED_CALLS_BEFORE_COPY = 3;

/** Filtered calls the host answered while this sandbox held no copy. */
let filteredCallsWithoutCopy = 0;

/** The rows of one copy, and what is derived from them. */
interface Table {
  readonly data: EncodedTable;
  /** A view per row: its fields read from the columns when touched. */
  readonly rows: readonly SessionTableRow[];
  /** Each row's visible keys: the declared columns it has (shared arrays). */
  readonly keys: ReadonlyArray<readonly string[]>;
  /** Rows by column value, per filter column, in table order. */
  readonly indexes: Map<string, Map<unknown, number[]>>;
}

/** Derived per copy: a new version is a new copy object, so old tables go with it. */
const tables = new WeakMap<HostValueCopy, Table>();

registerGuestServed(SESSION_TABLE_IMPLEMENTATION, serveSessionTable);

function serveSessionTable(call: GuestServedCall): PyObject {
  // The host side of this module wrote the settings (trusted host → guest data).
  const settings = call.settings as SessionTableSettings;
  const wanted = settings.filters
    .map(([param, column]) => [column, call.args[param] ?? null] as const)
    .filter(([, value]) => value !== null);
  if (call.held === undefined && wanted.length > 0 && ++filteredCallsWithoutCopy <= FILTERED_CALLS_BEFORE_COPY) return call.callHost();
  const answer = call.current();
  if ('result' in answer) return answer.result;
  const table = tableOf(answer.copy, settings);
  const context: MappingContext = {
    convert: (value: never) => toPy(value, call.options),
    keyStrings: call.options.strings,
    computed: elapsedColumns(settings, (answer.fresh as SessionTableFresh).now),
  };
  const out: PyObject[] = [];
  const add = (i: number): void => {
    out.push(makeRowMapping(settings.rowType, table.rows[i] as Record<string, unknown>, table.keys[i] as readonly string[], context));
  };
  if (wanted.length === 0) {
    for (let i = 0; i < table.rows.length; i++) add(i);
    return new Sk.builtin.list(out);
  }
  // The shortest index list, then every other filter checked on each of its rows.
  let candidates: number[] | undefined;
  for (const [column, value] of wanted) {
    const list = index(table, column).get(value) ?? [];
    if (candidates === undefined || list.length < candidates.length) candidates = list;
  }
  for (const i of candidates ?? []) {
    const row = table.rows[i] as SessionTableRow;
    if (wanted.every(([column, value]) => row[column] === value)) add(i);
  }
  return new Sk.builtin.list(out);
}

/** Each elapsed column, as `max(0, now - timestamp)` in a row that has its timestamp, else the stored value. */
function elapsedColumns(settings: SessionTableSettings, now: number): Record<string, ComputedValue> | undefined {
  const entries = Object.entries(settings.elapsed);
  if (entries.length === 0) return undefined;
  const computed: Record<string, ComputedValue> = {};
  for (const [column, timestampField] of entries) {
    computed[column] = (row) => {
      const since = row[timestampField];
      return typeof since === 'number' ? Math.max(0, now - since) : row[column];
    };
  }
  return computed;
}

function tableOf(copy: HostValueCopy, settings: SessionTableSettings): Table {
  let table = tables.get(copy);
  if (table === undefined) {
    // The host side sends the snapshot's records, encoded column by column (session-table-encoding.ts).
    table = makeTable(new EncodedTable(copy.value as EncodedRows), settings);
    tables.set(copy, table);
  }
  return table;
}

/** Where a row view keeps its row number (a symbol: no field name can take its place). */
const ROW = Symbol('row');

function makeTable(data: EncodedTable, settings: SessionTableSettings): Table {
  // One view class per table: each field is a getter over its column.
  class RowView {
    readonly [ROW]: number;
    constructor(row: number) {
      this[ROW] = row;
    }
  }
  for (const field of data.fields) {
    let read: ((row: number) => unknown) | undefined;
    Object.defineProperty(RowView.prototype, field, { enumerable: true, get(this: RowView) { return (read ??= data.reader(field))(this[ROW]); } });
  }
  const rows = new Array<SessionTableRow>(data.count);
  for (let i = 0; i < data.count; i++) rows[i] = new RowView(i) as unknown as SessionTableRow;
  return { data, rows, keys: visibleKeys(data, settings), indexes: new Map() };
}

/**
 * Each row's declared columns that it shows: a column it has, or an elapsed column whose timestamp it has. Rows
 * that lack none of the table's fields share one list; only rows missing some field are looked at one by one.
 */
function visibleKeys(data: EncodedTable, settings: SessionTableSettings): ReadonlyArray<readonly string[]> {
  const all = settings.columns;
  const timestampOf = (column: string): string | undefined => (Object.hasOwn(settings.elapsed, column) ? settings.elapsed[column] : undefined);
  const inTable = (field: string | undefined): boolean => field !== undefined && data.absent(field) !== 'all';
  const full = all.filter((column) => inTable(column) || inTable(timestampOf(column)));
  const keys = new Array<readonly string[]>(data.count).fill(full.length === all.length ? all : full);
  const suspects = new Set<number>();
  for (const field of data.fields) for (const i of data.absent(field) as readonly number[]) suspects.add(i);
  const shows = (i: number, column: string): boolean => {
    const timestamp = timestampOf(column);
    return data.has(column, i) || (timestamp !== undefined && data.has(timestamp, i));
  };
  const variants = new Map<string, readonly string[]>();
  for (const i of suspects) {
    const mine = all.filter((column) => shows(i, column));
    const id = mine.join('\u0000');
    const shared = variants.get(id) ?? mine;
    variants.set(id, shared);
    keys[i] = shared;
  }
  return keys;
}

function index(table: Table, column: string): Map<unknown, number[]> {
  let byValue = table.indexes.get(column);
  if (byValue === undefined) {
    const built = new Map<unknown, number[]>();
    const read = table.data.reader(column);
    for (let i = 0; i < table.data.count; i++) {
      const value = read(i);
      const list = built.get(value);
      if (list === undefined) built.set(value, [i]);
      else list.push(i);
    }
    table.indexes.set(column, built);
    byValue = built;
  }
  return byValue;
}
