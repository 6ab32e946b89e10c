import type { IncomingMessage, ServerResponse } from 'node:http';
import { isActionApiPath } from './action-routes.js';
import { handleApiRequest } from './api-routes.js';
import { ACTION_BODY_LIMIT_BYTES } from '../bindings/backends/action-wire.js';
import { BODY_LIMIT_BYTES, drainBody, readBody } from './body-reader.js';
import { handleClientRequest } from './client-routes.js';
import type { GatewayContext, RequestParts } from './context.js';
import { clientAddress, HttpError, sendJson, sendText, writeAnswer } from './http-util.js';
import type { GatewayLog } from './log.js';
import { crossSiteReason, isStateChanging } from './origin-check.js';
import { matchClientPath } from './project-paths.js';
import { handleStatusRequest, isStatusPath } from './status-routes.js';
import { recordWrongToken, refuseIfTokenThrottled } from './token-attempts.js';

const INDEX = `perspective-sandbox gateway
  web client:   /data/perspective/client/<project>/<page path>
  status page:  /web/status/sessions?token=<token>
  API:          GET /data/api/v1/sessions, POST /data/api/v1/sessions/<id>/close,
                POST /data/api/v1/sessions/<id>/actions, GET /data/api/v1/sessions/<id>/pages, GET /data/api/v1/actions
                (Authorization: Bearer <token>)
`;

function parseUrl(req: IncomingMessage): URL {
  const raw = req.url ?? '';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.length > 4096) throw new HttpError(400, 'Bad request target');
  try {
    return new URL(raw, 'http://gateway.invalid');
  } catch {
    throw new HttpError(400, 'Bad request target');
  }
}

async function route(context: GatewayContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = parseUrl(req);
  const method = req.method ?? 'GET';
  const { pathname } = url;
  let body = '';
  if (isStateChanging(method)) {
    const crossSite = crossSiteReason(req);
    if (crossSite !== null) {
      context.log({ event: 'cross-site-refused', method, path: url.pathname, address: clientAddress(req), reason: crossSite });
      throw new HttpError(403, 'Cross-site request refused');
    }
    // Token holders may send larger actions (a download carries its whole file); everything else gets the small limit.
    body = await readBody(req, isActionApiPath(pathname) && context.guard.hasBearer(req) ? ACTION_BODY_LIMIT_BYTES : BODY_LIMIT_BYTES);
  }
  const parts: RequestParts = { url, body };
  if (pathname.startsWith('/data/api/')) {
    refuseIfTokenThrottled(context, req);
    if (!context.guard.hasBearer(req)) {
      if (req.headers.authorization !== undefined) recordWrongToken(context, req, 'api');
      return sendJson(res, 401, { error: 'Unauthorized: send Authorization: Bearer <token>' });
    }
    return handleApiRequest(context, req, res, parts);
  }
  if (isStatusPath(pathname)) return handleStatusRequest(context, req, res, parts);
  const client = matchClientPath(pathname);
  if (client) return handleClientRequest(context, req, res, parts, client);
  if (pathname === '/' && method === 'GET') return sendText(res, 200, INDEX);
  throw new HttpError(404, 'Not found');
}

/** Answers an error; never throws. A request whose body was not read to the end gets its connection closed. */
function answerError(req: IncomingMessage, res: ServerResponse, error: unknown, log: GatewayLog): void {
  const known = error instanceof HttpError;
  if (!known) {
    // The path only: a query may hold ?token=.
    log({ event: 'internal-error', method: req.method, path: (req.url ?? '').split('?')[0]?.slice(0, 200), address: clientAddress(req), error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  const status = known ? error.status : 500;
  const message = known ? error.message : 'Internal error';
  try {
    if (res.headersSent || res.destroyed) {
      res.destroy();
      return;
    }
    const wantsJson = (req.url ?? '').startsWith('/data/api/');
    // A body still arriving is drained (bounded) rather than cut, so the client can read this answer;
    // otherwise 4xx pages close the connection, as before.
    const bodyPending = !req.complete;
    const closeHeader = !bodyPending && !wantsJson && status >= 400 && status < 500;
    const headers: Record<string, string> = { ...(known ? error.headers : {}), ...(closeHeader ? { Connection: 'close' } : {}) };
    if (wantsJson) writeAnswer(res, status, 'application/json; charset=utf-8', JSON.stringify({ error: message }), headers);
    else writeAnswer(res, status, 'text/plain; charset=utf-8', `${message}\n`, headers);
    drainBody(req, () => res.end());
  } catch {
    res.destroy();
  }
}

/** Answers one HTTP request; never throws and never rejects (errors become 4xx/5xx answers and log lines). */
export async function handleRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  req.on('error', () => undefined);
  res.on('error', () => undefined);
  try {
    await route(context, req, res);
  } catch (error) {
    answerError(req, res, error, context.log);
  }
}
