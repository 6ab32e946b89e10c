import { toPy } from '../../../runtime/guest/convert.js';
import { registerGuestServed, type GuestServedCall, type HostValueCopy } from '../../../runtime/guest/guest-served.js';
import { makeRowMapping, type ComputedValue, type MappingContext } from '../../../runtime/guest/mapping-adapter.js';
import { decodeRows, type EncodedRows } from '../session-table-encoding.js';
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
    table = makeTable(decodeRows(copy.value as EncodedRows), settings);
    tables.set(copy, table);
  }
  return table;
}

function makeTable(rows: readonly SessionTableRow[], settings: SessionTableSettings): Table {
  const all = settings.columns;
  const shows = (row: SessionTableRow, column: string): boolean => Object.hasOwn(row, column)
    || Object.hasOwn(settings.elapsed, column) && Object.hasOwn(row, settings.elapsed[column] as string);
  const variants = new Map<string, readonly string[]>();
  const keys = rows.map((row) => {
    if (all.every((column) => shows(row, column))) return all;
    const mine = all.filter((column) => shows(row, column));
    const id = mine.join('\u0000');
    const shared = variants.get(id) ?? mine;
    variants.set(id, shared);
    return shared;
  });
  return { rows, keys, indexes: new Map() };
}

function index(table: Table, column: string): Map<unknown, number[]> {
  let byValue = table.indexes.get(column);
  if (byValue === undefined) {
    const built = new Map<unknown, number[]>();
    table.rows.forEach((row, i) => {
      const value = row[column];
      const list = built.get(value);
      if (list === undefined) built.set(value, [i]);
      else list.push(i);
    });
    table.indexes.set(column, built);
    byValue = built;
  }
  return byValue;
}
