import type { GuestServed } from '../../runtime/index.js';
import type { SessionBackend } from '../backend.js';
import type { IgnitionVersion } from '../session.js';
import { sessionKeys } from '../session.js';
import { checkSnapshotRecords } from '../backends/check-records.js';
import { FixtureBackend } from '../backends/fixture.js';
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
  let checkedVersion: number | undefined;
  return {
    implementation: SESSION_TABLE_IMPLEMENTATION,
    settings,
    current() {
      const snapshot = backend.snapshot?.();
      if (snapshot === undefined) return undefined;
      const fresh: SessionTableFresh = { now: snapshot.now };
      // A fixture's records were checked when it was read; another backend's once per version.
      if (!(backend instanceof FixtureBackend) && checkedVersion !== snapshot.version) {
        checkSnapshotRecords(snapshot.records, 'snapshot()');
        checkedVersion = snapshot.version;
      }
      return { version: snapshot.version, value: snapshot.records, fresh };
    },
  };
}

function parameterIndex(params: readonly string[], name: string): number {
  const index = params.indexOf(name);
  if (index < 0) throw new Error(`getSessionInfo has no parameter '${name}'`);
  return index;
}
