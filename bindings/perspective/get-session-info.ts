import { z } from 'zod';
import { pyMapping, type HostFunction, type PyValue } from '../../runtime/index.js';
import type { SessionBackend } from '../backend.js';
import { defineFunction } from '../declare.js';
import { sessionTable } from './session-table.js';
import { checkRecords } from '../backends/check-records.js';
import { FixtureBackend } from '../backends/fixture.js';
import { sessionKeys, type IgnitionVersion, type SessionRecord } from '../session.js';

const optionalString = { schema: z.string().nullable(), default: null, expected: 'a string or None' } as const;

export const GET_SESSION_INFO_DOC = `Returns information about Perspective sessions: a list of PyJsonObjectAdapter
objects, one per session, each a dict-like object with the keys userAgent, id, username ("Unauthenticated"
when nobody logged in), project, uptime (ms), clientAddress, lastComm (ms since the last communication),
sessionScope (designer, browser, ios or android), activePages, recentBytesSent, totalBytesSent and pageIds
(Ignition 8.1 adds authorized).

Parameters:
    usernameFilter (str, optional): only sessions of this user (exact, case-sensitive match).
    projectFilter (str, optional): only sessions of this project (exact, case-sensitive match).

Returns:
    list: a list of PyJsonObjectAdapter objects. Accepts keyword arguments.`;

/** The object Python sees for one session: the version's keys, in the documented order. */
export function sessionObject(record: SessionRecord, version: IgnitionVersion): PyValue {
  const entries: Record<string, PyValue> = {};
  for (const key of sessionKeys(version)) entries[key] = record[key];
  return pyMapping('PyJsonObjectAdapter', entries);
}

/** system.perspective.getSessionInfo([usernameFilter], [projectFilter]) */
export function getSessionInfo(backend: SessionBackend, version: IgnitionVersion): HostFunction {
  const params = { usernameFilter: optionalString, projectFilter: optionalString };
  return defineFunction({
    name: 'getSessionInfo',
    doc: GET_SESSION_INFO_DOC,
    params,
    async impl({ usernameFilter, projectFilter }) {
      const listed = await backend.listSessions({ username: usernameFilter, project: projectFilter });
      // A fixture's records were checked when it was read; any other backend's are checked at each call.
      const records = backend instanceof FixtureBackend ? listed : checkRecords(listed, 'listSessions()');
      return records.map((record) => sessionObject(record, version));
    },
    // Backends with snapshots (fixtures) are served from a copy inside the sandbox: same result, no per-call copying.
    ...(backend.snapshot ? { guestServed: sessionTable(backend, version, Object.keys(params)) } : {}),
  });
}
