import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderClientPage } from './client-page.js';
import type { GatewayContext, RequestParts } from './context.js';
import { HttpError, redirect, sendHtml } from './http-util.js';
import { handleLogin } from './login-route.js';
import { renderLoginPage } from './login-page.js';
import { clearedSessionCookie, declaredScope, isPagePath, projectBase, type ClientPath } from './project-paths.js';
import { existingSession } from './session-admission.js';
import { CLOSE_CODES } from './wire.js';

export function nonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Everything under /data/perspective/client/<project>/: pages, -/login, -/logout. (-/ws is the WebSocket.)
 * No GET starts a session: a session starts when a page's WebSocket connects, or at a correct login.
 */
export async function handleClientRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse, parts: RequestParts, path: ClientPath): Promise<void> {
  const { project, rest } = path;
  if (rest === undefined) return redirect(res, projectBase(project));
  const method = req.method ?? 'GET';
  if (rest === '-/login') {
    if (method === 'POST') return handleLogin(context, req, res, parts.body, project);
    return loginForm(res, parts.url, project, method);
  }
  if (rest === '-/logout') {
    if (method !== 'POST') throw new HttpError(405, 'Use POST to log out');
    return logout(context, req, res, project);
  }
  if (!isPagePath(rest)) throw new HttpError(404, 'No such page');
  if (method !== 'GET') throw new HttpError(405, 'Pages only answer GET');
  const scope = declaredScope(parts.url.searchParams.get('scope'));
  if (scope === undefined) throw new HttpError(400, 'scope must be one of designer, browser, ios, android');
  const session = existingSession(context, req, project);
  if (session) context.store.touch(session);
  const pageNonce = nonce();
  const html = renderClientPage({
    project, pagePath: rest, username: session?.username ?? 'Unauthenticated', scope: parts.url.searchParams.has('scope') ? scope : null, nonce: pageNonce,
  });
  sendHtml(res, 200, html, pageNonce);
}

function loginForm(res: ServerResponse, url: URL, project: string, method: string): void {
  if (method !== 'GET') throw new HttpError(405, 'Use GET or POST');
  const requested = url.searchParams.get('return') ?? '';
  const pageNonce = nonce();
  const html = renderLoginPage({ project, returnPath: isPagePath(requested) ? requested : '', error: null, nonce: pageNonce });
  sendHtml(res, 200, html, pageNonce);
}

/** Ends the session (its cookie secret dies with it) and clears the cookie; the next page gets a new session. */
function logout(context: GatewayContext, req: IncomingMessage, res: ServerResponse, project: string): void {
  const session = existingSession(context, req, project);
  if (session) {
    context.log({ event: 'logout', session: session.id, username: session.username, project });
    context.store.end(session.id, 'You have logged out.', CLOSE_CODES.sessionEnded);
  }
  redirect(res, projectBase(project), { 'Set-Cookie': [clearedSessionCookie(project)] });
}
