import type { HostTableDecl } from '../wire.js';
import { toPy, type ToPyOptions } from './convert.js';
import { makeRowMapping, type MappingContext } from './mapping-adapter.js';

/**
 * The guest's copy of a host table (see HostTable in runtime/host-module.ts): rows parsed once per version,
 * indexes per filter column built at the first call that filters on it, and a lazy mapping per returned row.
 */

type Row = Record<string, unknown>;

interface TableCopy {
  readonly version: number;
  readonly rows: readonly Row[];
  /** Each row's visible keys: the declared columns it has (shared arrays). */
  readonly keys: ReadonlyArray<readonly string[]>;
  /** Rows by column value, per filter column, in table order. */
  readonly indexes: Map<string, Map<unknown, number[]>>;
}

/** The table part of a host's reply: the current version, its clock, and the rows when the guest's copy is stale. */
export interface TableReply {
  readonly version: number;
  readonly now: number;
  readonly rows?: Row[];
}

/** Copies by host function path. They outlive reset(): they hold host data only, never Python objects. */
const copies = new Map<string, TableCopy>();

export function tableVersion(path: string): number | null {
  return copies.get(path)?.version ?? null;
}

/** The Python list a table call returns, given the bound arguments (as JSON) and the host's reply. */
export function tableResult(path: string, decl: HostTableDecl, args: readonly unknown[], reply: TableReply, options: ToPyOptions): PyObject {
  let copy = copies.get(path);
  if (reply.rows !== undefined) {
    copy = makeCopy(reply.version, reply.rows, decl);
    copies.set(path, copy);
  }
  if (copy === undefined || copy.version !== reply.version) {
    copies.delete(path);
    throw new Sk.builtin.RuntimeError('host table out of date; call again');
  }
  const context: MappingContext = {
    convert: (value: never) => toPy(value, options),
    keyStrings: options.strings,
    now: reply.now,
    elapsed: Object.keys(decl.elapsed).length > 0 ? decl.elapsed : undefined,
  };
  const out: PyObject[] = [];
  const add = (i: number): void => {
    out.push(makeRowMapping(decl.rowType, copy.rows[i] as Row, copy.keys[i] as readonly string[], context));
  };
  const wanted = decl.filters
    .map(([param, column]) => [column, args[param] ?? null] as const)
    .filter(([, value]) => value !== null);
  if (wanted.length === 0) {
    for (let i = 0; i < copy.rows.length; i++) add(i);
    return new Sk.builtin.list(out);
  }
  // The shortest index list, then every other filter checked on each of its rows.
  let candidates: number[] | undefined;
  for (const [column, value] of wanted) {
    const list = index(copy, column).get(value) ?? [];
    if (candidates === undefined || list.length < candidates.length) candidates = list;
  }
  for (const i of candidates ?? []) {
    const row = copy.rows[i] as Row;
    if (wanted.every(([column, value]) => row[column] === value)) add(i);
  }
  return new Sk.builtin.list(out);
}

function makeCopy(version: number, rows: Row[], decl: HostTableDecl): TableCopy {
  const all = decl.columns;
  const variants = new Map<string, readonly string[]>();
  const keys = rows.map((row) => {
    if (all.every((c) => Object.hasOwn(row, c) || Object.hasOwn(decl.elapsed, c) && Object.hasOwn(row, decl.elapsed[c] as string))) return all;
    const mine = all.filter((c) => Object.hasOwn(row, c) || Object.hasOwn(decl.elapsed, c) && Object.hasOwn(row, decl.elapsed[c] as string));
    const id = mine.join('\u0000');
    const shared = variants.get(id) ?? mine;
    variants.set(id, shared);
    return shared;
  });
  return { version, rows, keys, indexes: new Map() };
}

function index(copy: TableCopy, column: string): Map<unknown, number[]> {
  let byValue = copy.indexes.get(column);
  if (byValue === undefined) {
    byValue = new Map();
    copy.rows.forEach((row, i) => {
      const value = row[column];
      const list = byValue?.get(value);
      if (list === undefined) byValue?.set(value, [i]);
      else list.push(i);
    });
    copy.indexes.set(column, byValue);
  }
  return byValue;
}
