import type { IncomingMessage } from 'node:http';
import type { SessionScope } from '../bindings/session.js';
import type { GatewayContext } from './context.js';
import { clientAddress, cookieValues, HttpError } from './http-util.js';
import { SESSION_COOKIE } from './project-paths.js';
import type { Session } from './session-store.js';

/** The live session the request's cookie names for this project, if any. */
export function existingSession(context: GatewayContext, req: IncomingMessage, project: string): Session | undefined {
  for (const secret of cookieValues(req, SESSION_COOKIE)) {
    const session = context.store.findByCookie(secret, project);
    if (session) return session;
  }
  return undefined;
}

/**
 * Starts a session for the client making `req` (a page's WebSocket connecting, or a correct login), or throws
 * HttpError 429 when its address holds its share of sessions, 503 when the gateway is full.
 */
export function admitSession(context: GatewayContext, req: IncomingMessage, project: string, scope: SessionScope): Session {
  const address = clientAddress(req);
  const created = context.store.create({
    project,
    scope,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : '',
    clientAddress: address,
  });
  if (typeof created !== 'string') return created;
  const retryAfter = String(Math.max(1, Math.ceil(context.options.sessionTimeoutMs / 1000)));
  context.log({ event: 'session-refused', reason: created, address, project });
  if (created === 'address-full') {
    throw new HttpError(429, `Too many sessions from your address (at most ${context.options.maxSessionsPerAddress}); try again later`, { 'Retry-After': retryAfter });
  }
  throw new HttpError(503, 'The gateway holds the maximum number of sessions; try again later', { 'Retry-After': retryAfter });
}
