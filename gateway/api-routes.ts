import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleActionApi, isActionApiPath } from './action-routes.js';
import type { GatewayContext, RequestParts } from './context.js';
import { HttpError, sendJson } from './http-util.js';
import { parseCloseRequest } from './close-request.js';
import { CLOSE_CODES } from './wire.js';

const CLOSE_PATH = /^\/data\/api\/v1\/sessions\/([^/]{1,128})\/close$/;

/** Query of GET /data/api/v1/sessions: optional exact filters, each at most once, nothing else. */
function filterFromQuery(url: URL): { username: string | null; project: string | null } {
  const filter = { username: null as string | null, project: null as string | null };
  for (const key of new Set(url.searchParams.keys())) {
    if (key !== 'username' && key !== 'project') throw new HttpError(400, `Unknown query parameter '${key}'; use username and project`);
    const values = url.searchParams.getAll(key);
    if (values.length > 1) throw new HttpError(400, `Query parameter '${key}' given more than once`);
    filter[key] = values[0] ?? null;
  }
  return filter;
}

/** /data/api/v1/...; the caller has checked the bearer token. */
export function handleApiRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse, { url, body }: RequestParts): void {
  const method = req.method ?? 'GET';
  if (url.pathname === '/data/api/v1/sessions') {
    if (method !== 'GET') throw new HttpError(405, 'Use GET');
    return sendJson(res, 200, { sessions: context.store.list(filterFromQuery(url)) });
  }
  if (isActionApiPath(url.pathname)) return handleActionApi(context, req, res, { url, body });
  const close = CLOSE_PATH.exec(url.pathname);
  if (close) {
    if (method !== 'POST') throw new HttpError(405, 'Use POST');
    let id: string;
    try {
      id = decodeURIComponent(close[1] ?? '');
    } catch {
      throw new HttpError(404, 'No such session');
    }
    const { message } = parseCloseRequest(body);
    if (!context.store.end(id, message, CLOSE_CODES.sessionEnded)) {
      return sendJson(res, 404, { error: `Perspective session '${id}' not found` });
    }
    context.log({ event: 'session-closed', by: 'api', session: id });
    return sendJson(res, 200, { closed: id });
  }
  throw new HttpError(404, 'No such API endpoint');
}
