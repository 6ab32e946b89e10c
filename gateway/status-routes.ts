import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { STATUS_COOKIE, STATUS_COOKIE_LIFETIME_SECONDS } from './auth.js';
import { parseCloseRequest } from './close-request.js';
import type { GatewayContext, RequestParts } from './context.js';
import { clientAddress, HttpError, redirect, sendHtml, sendJson, sendText } from './http-util.js';
import { renderStatusPage, tableJson, type StatusTable } from './status-page.js';
import { renderTagSection } from './status-tags.js';
import { recordWrongToken, refuseIfTokenThrottled } from './token-attempts.js';
import { CLOSE_CODES } from './wire.js';

/** Rows per page of the status table. */
export const STATUS_PAGE_SIZE = 50;
const PAGE_PATH = '/web/status/sessions';
const TABLE_PATH = '/web/status/sessions/table';
const CLOSE_PATH = /^\/web\/status\/sessions\/([^/]{1,128})\/close$/;

export function isStatusPath(pathname: string): boolean {
  return pathname === PAGE_PATH || pathname.startsWith(`${PAGE_PATH}/`);
}

const emptyIsNull = (max: number) => z.string().max(max).optional().transform((text) => (text === undefined || text === '' ? null : text));
const tableQuerySchema = z.object({
  username: emptyIsNull(128),
  project: emptyIsNull(64),
  page: z.string().regex(/^\d{1,7}$/, 'page must be a positive number').transform(Number).pipe(z.number().int().min(1)).optional(),
});

function tableFromQuery(context: GatewayContext, url: URL): StatusTable {
  const query = tableQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw new HttpError(400, `Bad query: ${z.prettifyError(query.error)}`);
  const { username, project } = query.data;
  const wanted = query.data.page ?? 1;
  let { total, records } = context.store.page({ username, project }, (wanted - 1) * STATUS_PAGE_SIZE, STATUS_PAGE_SIZE);
  const pages = Math.max(1, Math.ceil(total / STATUS_PAGE_SIZE));
  const page = Math.min(wanted, pages);
  if (page !== wanted) ({ total, records } = context.store.page({ username, project }, (page - 1) * STATUS_PAGE_SIZE, STATUS_PAGE_SIZE));
  return { total, page, pages, username, project, sessions: records };
}

function unauthorized(res: ServerResponse): void {
  sendText(res, 401, 'Unauthorized: open /web/status/sessions?token=<token> or send Authorization: Bearer <token>.\n', {
    'WWW-Authenticate': 'Bearer realm="perspective-sandbox gateway"',
  });
}

/**
 * /web/status/sessions (the page), …/table (the page of rows it polls) and POST …/<id>/close (its close button).
 * All need the token: as a bearer header, or the status cookie the page trades `?token=` for.
 */
export async function handleStatusRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse, { url, body }: RequestParts): Promise<void> {
  const method = req.method ?? 'GET';
  const close = CLOSE_PATH.exec(url.pathname);
  if (close) return closeSession(context, req, res, close[1] ?? '', body);
  if (url.pathname !== PAGE_PATH && url.pathname !== TABLE_PATH) throw new HttpError(404, 'Not found');
  if (method !== 'GET') throw new HttpError(405, 'Use GET');
  const offered = url.searchParams.get('token');
  if (offered !== null) {
    refuseIfTokenThrottled(context, req);
    if (!context.guard.matchesToken(offered)) {
      recordWrongToken(context, req, 'status page');
      return unauthorized(res);
    }
    // Trade the token in the URL for an HttpOnly cookie with a lifetime, and drop it from the address bar.
    return redirect(res, url.pathname, {
      'Set-Cookie': [`${STATUS_COOKIE}=${context.guard.issueStatusCookie()}; Path=/web/status; Max-Age=${STATUS_COOKIE_LIFETIME_SECONDS}; HttpOnly; SameSite=Strict`],
    });
  }
  if (!context.guard.hasStatusAccess(req)) return unauthorized(res);
  const table = tableFromQuery(context, url);
  if (url.pathname === TABLE_PATH) return sendJson(res, 200, tableJson(table));
  const nonce = randomBytes(16).toString('base64');
  sendHtml(res, 200, renderStatusPage(table, nonce, context.tags ? await renderTagSection(context.tags) : ''), nonce);
}

/** The close button: JSON `{"message": …}` only (a cross-site form cannot send that without a preflight). */
function closeSession(context: GatewayContext, req: IncomingMessage, res: ServerResponse, rawId: string, body: string): void {
  if (req.method !== 'POST') throw new HttpError(405, 'Use POST');
  if (!context.guard.hasStatusAccess(req)) return unauthorized(res);
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'Send the message as application/json');
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    throw new HttpError(404, 'No such session');
  }
  const { message } = parseCloseRequest(body);
  if (!context.store.end(id, message, CLOSE_CODES.sessionEnded)) return sendJson(res, 404, { error: `Perspective session '${id}' not found` });
  context.log({ event: 'session-closed', by: 'status page', session: id, address: clientAddress(req) });
  sendJson(res, 200, { closed: id });
}
