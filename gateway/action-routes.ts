import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { actionRequestSchema, type ActionRequest } from '../bindings/backends/action-wire.js';
import { pageActionArgs } from './action-args.js';
import type { GatewayContext, RequestParts } from './context.js';
import { HttpError, sendJson } from './http-util.js';
import type { Session } from './session-store.js';
import { CLOSE_CODES } from './wire.js';

/**
 * The live side of the system.perspective actions (the caller has checked the bearer token):
 *   POST /data/api/v1/sessions/<id>/actions  performs one action in a page or every page of the session;
 *   GET  /data/api/v1/sessions/<id>/pages    what each open page shows and the actions it was sent and handled;
 *   GET  /data/api/v1/actions                counts since start and the most recent actions.
 */
const SESSION_PATH = /^\/data\/api\/v1\/sessions\/([^/]{1,128})\/(actions|pages)$/;
const LOG_PATH = '/data/api/v1/actions';

export function isActionApiPath(pathname: string): boolean {
  return pathname === LOG_PATH || SESSION_PATH.test(pathname);
}

export function handleActionApi(context: GatewayContext, req: IncomingMessage, res: ServerResponse, { url, body }: RequestParts): void {
  const method = req.method ?? 'GET';
  if (url.pathname === LOG_PATH) {
    if (method !== 'GET') throw new HttpError(405, 'Use GET');
    return sendJson(res, 200, context.actions.toJson());
  }
  const [, rawId = '', what] = SESSION_PATH.exec(url.pathname) ?? [];
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    throw new HttpError(404, 'No such session');
  }
  const session = context.store.get(id);
  if (what === 'pages') {
    if (method !== 'GET') throw new HttpError(405, 'Use GET');
    if (!session) return sendJson(res, 404, { error: `Perspective session '${id}' not found`, notFound: 'session' });
    return sendJson(res, 200, { sessionId: id, pages: context.store.pageRecords(session) });
  }
  if (method !== 'POST') throw new HttpError(405, 'Use POST');
  const request = parseActionRequest(body);
  if (!session) return sendJson(res, 404, { error: `Perspective session '${id}' not found`, notFound: 'session' });
  if (request.pageId !== null && !session.pages.has(request.pageId)) {
    return sendJson(res, 404, { error: `Page '${request.pageId}' not found in Perspective session '${id}'`, notFound: 'page' });
  }
  sendJson(res, 200, { pageIds: perform(context, session, request) });
}

function parseActionRequest(body: string): ActionRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, 'The body must be JSON: {"function": ..., "pageId": string | null, "args": {...}}');
  }
  const request = actionRequestSchema.safeParse(json);
  if (!request.success) throw new HttpError(400, `Invalid action: ${z.prettifyError(request.error)}`);
  return request.data;
}

/** Delivers the action to its pages over their WebSockets; returns the pages it reached, in the session's order. */
function perform(context: GatewayContext, session: Session, request: ActionRequest): string[] {
  const args = pageActionArgs(request.function, request.args);
  const targets = request.pageId === null ? [...session.pages.keys()] : [request.pageId];
  const seq = context.actions.nextSeq();
  const reached = targets.filter((pageId) => context.store.deliverAction(session, pageId, { type: 'action', seq, function: request.function, args }));
  if (request.function === 'closePage') {
    const message = typeof args['message'] === 'string' ? args['message'] : 'This page has been closed.';
    for (const pageId of reached) context.store.closePage(session, pageId, message, CLOSE_CODES.pageClosed);
  }
  context.actions.record({ seq, function: request.function, sessionId: session.id, pageId: request.pageId, pageIds: reached });
  return reached;
}
