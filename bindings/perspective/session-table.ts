import type { GuestServed } from '../../runtime/index.js';
import type { SessionBackend } from '../backend.js';
import type { IgnitionVersion } from '../session.js';
import { sessionKeys } from '../session.js';
import { checkSnapshotRecords } from '../backends/check-records.js';
import { FixtureBackend } from '../backends/fixture.js';
import { encodeRows, type EncodedRows } from './session-table-encoding.js';
import { SESSION_TABLE_IMPLEMENTATION, type SessionTableFresh, type SessionTableSettings } from './session-table-settings.js';

/**
 * getSessionInfo over a backend with snapshots, answered inside the sandbox (guest/session-table.ts): the
 * snapshot's records cross into the sandbox once per version, with the backend's clock at every call, and the
 * guest filters them and wraps each matching row in a lazy mapping. Python sees exactly what listSessions gives.
 * `params` are getSessionInfo's parameter names in positional order.
 */
export function sessionTable(backend: SessionBackend, version: IgnitionVersion, params: readonly string[]): GuestServed {
  const filters: Record<string, string> = { usernameFilter: 'username', projectFilter: 'project' };
  const settings: SessionTableSettings = {
    rowType: 'PyJsonObjectAdapter',
    columns: sessionKeys(version),
    filters: Object.entries(filters).map(([param, column]): readonly [number, string] => [parameterIndex(params, param), column]),
    elapsed: { uptime: 'startedAtMs', lastComm: 'lastCommAtMs' },
  };
  // A snapshot keeps the same records array for as long as its version holds: each is encoded once.
  const encoded = new WeakMap<readonly object[], EncodedRows>();
  return {
    implementation: SESSION_TABLE_IMPLEMENTATION,
    settings,
    current() {
      const snapshot = backend.snapshot?.();
      if (snapshot === undefined) return undefined;
      const fresh: SessionTableFresh = { now: snapshot.now };
      let value = encoded.get(snapshot.records);
      if (value === undefined) {
        // A fixture's records were checked when it was read; another backend's once per records array.
        if (!(backend instanceof FixtureBackend)) checkSnapshotRecords(snapshot.records, 'snapshot()');
        value = encodeRows(snapshot.records);
        encoded.set(snapshot.records, value);
      }
      return { version: snapshot.version, value, fresh };
    },
  };
}

function parameterIndex(params: readonly string[], name: string): number {
  const index = params.indexOf(name);
  if (index < 0) throw new Error(`getSessionInfo has no parameter '${name}'`);
  return index;
}
