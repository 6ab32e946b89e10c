/** Ignition versions whose getSessionInfo key sets we model. 8.1 adds `authorized`. */
export const IGNITION_VERSIONS = ['8.0', '8.1'] as const;
export type IgnitionVersion = (typeof IGNITION_VERSIONS)[number];

export const SESSION_SCOPES = ['designer', 'browser', 'ios', 'android'] as const;
export type SessionScope = (typeof SESSION_SCOPES)[number];

/** The documented keys, in the documented order (the order a session object prints its keys in). */
export const SESSION_KEYS_80 = [
  'userAgent', 'id', 'username', 'project', 'uptime', 'clientAddress', 'lastComm',
  'sessionScope', 'activePages', 'recentBytesSent', 'totalBytesSent', 'pageIds',
] as const;
export const SESSION_KEYS_81 = [...SESSION_KEYS_80, 'authorized'] as const;

export function sessionKeys(version: IgnitionVersion): readonly SessionKey[] {
  return version === '8.0' ? SESSION_KEYS_80 : SESSION_KEYS_81;
}
export type SessionKey = (typeof SESSION_KEYS_81)[number];

/** One session as a backend reports it (getSessionInfo's keys; `authorized` is shown only for Ignition 8.1). */
// A type rather than an interface: records are also read as plain rows (Record<string, unknown>).
export type SessionRecord = {
  userAgent: string;
  id: string;
  /** "Unauthenticated" when nobody logged in. */
  username: string;
  project: string;
  /** Milliseconds since the session started. */
  uptime: number;
  clientAddress: string;
  /** Milliseconds since the last communication. */
  lastComm: number;
  sessionScope: SessionScope;
  activePages: number;
  recentBytesSent: number;
  totalBytesSent: number;
  pageIds: string[];
  authorized: boolean;
};

/** The username of a session nobody has logged in to. */
export const UNAUTHENTICATED = 'Unauthenticated';
