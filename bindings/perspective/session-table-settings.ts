/**
 * The contract between getSessionInfo's two halves when a backend has snapshots: the host side
 * (session-table.ts) declares it, the guest side (guest/session-table.ts) answers calls with it. Types and
 * constants only: both the host bundle and the guest bundle import it.
 */

/** The name the guest-side implementation registers under. */
export const SESSION_TABLE_IMPLEMENTATION = 'perspective.sessionTable';

export interface SessionTableSettings {
  /** The Python type name of each row's mapping object. */
  readonly rowType: string;
  /** The keys each row shows, in order. Other fields of a row stay hidden (the timestamps of `elapsed`). */
  readonly columns: readonly string[];
  /** Parameter index → column: a non-None argument keeps the rows whose column equals it exactly. */
  readonly filters: ReadonlyArray<readonly [number, string]>;
  /**
   * Column → hidden timestamp field (ms since the epoch): in a row that has the timestamp, the column shows
   * `max(0, now - timestamp)`, with `now` the snapshot's clock at that call. Rows without it show the stored value.
   */
  readonly elapsed: Readonly<Record<string, string>>;
}

/** One session of the snapshot, as the guest receives it: the record's fields and its timestamps. */
export type SessionTableRow = Readonly<Record<string, unknown>>;

/** The per-call data sent with every answer: the backend's clock. */
export interface SessionTableFresh {
  readonly now: number;
}
