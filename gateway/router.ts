import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleApiRequest } from './api-routes.js';
import { handleClientRequest } from './client-routes.js';
import type { GatewayContext } from './context.js';
import { HttpError, sendJson, sendText } from './http-util.js';
import { matchClientPath } from './project-paths.js';
import { handleStatusRequest } from './status-routes.js';

const INDEX = `perspective-sandbox gateway
  web client:   /data/perspective/client/<project>/<page path>
  status page:  /web/status/sessions?token=<token>
  API:          GET /data/api/v1/sessions, POST /data/api/v1/sessions/<id>/close (Authorization: Bearer <token>)
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
  const { pathname } = url;
  if (pathname.startsWith('/data/api/')) {
    if (!context.guard.hasBearer(req)) {
      return sendJson(res, 401, { error: 'Unauthorized: send Authorization: Bearer <token>' });
    }
    return handleApiRequest(context, req, res, url);
  }
  if (pathname === '/web/status/sessions' || pathname === '/web/status/sessions/table') {
    return handleStatusRequest(context, req, res, url);
  }
  const client = matchClientPath(pathname);
  if (client) return handleClientRequest(context, req, res, url, client);
  if (pathname === '/' && req.method === 'GET') return sendText(res, 200, INDEX);
  throw new HttpError(404, 'Not found');
}

/** Answers one HTTP request; never throws (errors become 4xx/5xx responses). */
export async function handleRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    await route(context, req, res);
  } catch (error) {
    const status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof HttpError ? error.message : 'Internal error';
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const wantsJson = (req.url ?? '').startsWith('/data/api/');
    if (wantsJson) sendJson(res, status, { error: message });
    else sendText(res, status, `${message}\n`, status >= 400 && status < 500 ? { Connection: 'close' } : {});
    if (status === 413) req.socket.destroySoon();
  }
}
