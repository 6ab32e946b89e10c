import type { SessionKey } from './session.js';

/** What each key of a session object holds (help(session) in the REPL). */
export const SESSION_KEY_DOCS: Readonly<Record<SessionKey, string>> = {
  userAgent: "the client's user agent string",
  id: 'the session id',
  username: 'who is logged in ("Unauthenticated" if nobody)',
  project: 'the project the session runs',
  uptime: 'ms since the session started',
  clientAddress: "the client's IP address",
  lastComm: 'ms since the client last communicated',
  sessionScope: 'designer, browser, ios or android',
  activePages: 'pages open in the session',
  recentBytesSent: 'bytes sent to the client recently',
  totalBytesSent: 'bytes sent to the client in all',
  pageIds: 'ids of the open pages',
  authorized: 'whether the user may use the project (8.1)',
};

/** The help text's opening: what a session object is and how to use it. */
export const SESSION_OBJECT_DOC = `PyJsonObjectAdapter: one Perspective session, as system.perspective.getSessionInfo() returns it.
It acts as a Python dict: s["username"], s.username, s.get(key[, default]), key in s,
len(s), s.keys(), s.values(), s.items(), dict(s). Assignments change only this copy.

Keys (with this session's values):`;
