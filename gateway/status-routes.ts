import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_COOKIE } from './auth.js';
import type { GatewayContext } from './context.js';
import { HttpError, redirect, sendHtml, sendText } from './http-util.js';
import { renderSessionRows, renderStatusPage } from './status-page.js';

const NO_FILTER = { username: null, project: null } as const;

function unauthorized(res: ServerResponse): void {
  sendText(res, 401, 'Unauthorized: open /web/status/sessions?token=<token> or send Authorization: Bearer <token>.\n', {
    'WWW-Authenticate': 'Bearer realm="perspective-sandbox gateway"',
  });
}

/** /web/status/sessions (page) and /web/status/sessions/table (rows it polls). Both need the token. */
export function handleStatusRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  if (req.method !== 'GET') throw new HttpError(405, 'Use GET');
  const offered = url.searchParams.get('token');
  if (offered !== null) {
    if (!context.guard.matchesToken(offered)) return unauthorized(res);
    // Trade the token in the URL for an HttpOnly cookie and drop it from the address bar.
    return redirect(res, url.pathname, {
      'Set-Cookie': [`${STATUS_COOKIE}=${context.guard.statusCookieValue}; Path=/web/status; HttpOnly; SameSite=Strict`],
    });
  }
  if (!context.guard.hasStatusAccess(req)) return unauthorized(res);
  const sessions = context.store.list(NO_FILTER);
  if (url.pathname === '/web/status/sessions/table') {
    return sendText(res, 200, renderSessionRows(sessions), { 'Content-Type': 'text/html; charset=utf-8' });
  }
  const nonce = randomBytes(16).toString('base64');
  sendHtml(res, 200, renderStatusPage(sessions, nonce), nonce);
}
