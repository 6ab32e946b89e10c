import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { SessionScope } from '../bindings/session.js';
import { renderClientPage } from './client-page.js';
import type { GatewayContext } from './context.js';
import { clientAddress, cookieValues, HttpError, readBody, redirect, sendHtml } from './http-util.js';
import { renderLoginPage } from './login-page.js';
import {
  clearedSessionCookie, declaredScope, isPagePath, projectBase, SESSION_COOKIE, sessionCookie, type ClientPath,
} from './project-paths.js';
import type { Session } from './session-store.js';

const LOGIN_BODY_LIMIT = 4096;
const loginFormSchema = z.object({
  username: z.string().min(1).max(128),
  password: z.string().min(1).max(1024),
  return: z.string().max(512).default(''),
});

/** The live session the request's cookie names for this project, if any. */
export function existingSession(context: GatewayContext, req: IncomingMessage, project: string): Session | undefined {
  for (const secret of cookieValues(req, SESSION_COOKIE)) {
    const session = context.store.findByCookie(secret, project);
    if (session) return session;
  }
  return undefined;
}

/** Joins the cookie's session or starts a new one (setting the cookie). */
function joinOrStart(context: GatewayContext, req: IncomingMessage, project: string, scope: SessionScope): { session: Session; setCookie: string[] } {
  const found = existingSession(context, req, project);
  if (found) {
    context.store.touch(found);
    return { session: found, setCookie: [] };
  }
  const session = context.store.create({
    project,
    scope,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'] : '',
    clientAddress: clientAddress(req),
  });
  if (!session) throw new HttpError(503, 'The gateway holds the maximum number of sessions; try again later');
  return { session, setCookie: [sessionCookie(project, session.cookieSecret)] };
}

function nonce(): string {
  return randomBytes(16).toString('base64');
}

/** Everything under /data/perspective/client/<project>/: pages, -/login, -/logout. (-/ws is the WebSocket.) */
export async function handleClientRequest(context: GatewayContext, req: IncomingMessage, res: ServerResponse, url: URL, path: ClientPath): Promise<void> {
  const { project, rest } = path;
  if (rest === undefined) return redirect(res, projectBase(project));
  const method = req.method ?? 'GET';
  if (rest === '-/login') return method === 'POST' ? login(context, req, res, project) : loginForm(context, req, res, url, project, method);
  if (rest === '-/logout') {
    if (method !== 'POST') throw new HttpError(405, 'Use POST to log out');
    return logout(context, req, res, project);
  }
  if (!isPagePath(rest)) throw new HttpError(404, 'No such page');
  if (method !== 'GET') throw new HttpError(405, 'Pages only answer GET');
  const scope = declaredScope(url.searchParams.get('scope'));
  if (scope === undefined) throw new HttpError(400, 'scope must be one of designer, browser, ios, android');
  const { session, setCookie } = joinOrStart(context, req, project, scope);
  const pageNonce = nonce();
  const html = renderClientPage({ project, pagePath: rest, username: session.username, heartbeatMs: context.options.heartbeatMs, nonce: pageNonce });
  sendHtml(res, 200, html, pageNonce, setCookie.length ? { 'Set-Cookie': setCookie } : {});
}

function loginForm(context: GatewayContext, req: IncomingMessage, res: ServerResponse, url: URL, project: string, method: string): void {
  if (method !== 'GET') throw new HttpError(405, 'Use GET or POST');
  const requested = url.searchParams.get('return') ?? '';
  const { setCookie } = joinOrStart(context, req, project, 'browser');
  const pageNonce = nonce();
  const html = renderLoginPage({ project, returnPath: isPagePath(requested) ? requested : '', error: null, nonce: pageNonce });
  sendHtml(res, 200, html, pageNonce, setCookie.length ? { 'Set-Cookie': setCookie } : {});
}

async function login(context: GatewayContext, req: IncomingMessage, res: ServerResponse, project: string): Promise<void> {
  const body = await readBody(req, LOGIN_BODY_LIMIT);
  const form = loginFormSchema.safeParse(Object.fromEntries(new URLSearchParams(body)));
  if (!form.success) throw new HttpError(400, 'The login form needs a username and a password');
  const { session, setCookie } = joinOrStart(context, req, project, 'browser');
  const returnPath = isPagePath(form.data.return) ? form.data.return : '';
  const headers: Record<string, string[]> = setCookie.length ? { 'Set-Cookie': setCookie } : {};
  if (!(await context.users.authenticate(form.data.username, form.data.password))) {
    const pageNonce = nonce();
    const html = renderLoginPage({ project, returnPath, error: 'Invalid username or password.', nonce: pageNonce });
    return sendHtml(res, 401, html, pageNonce, headers);
  }
  // The session may have been closed while scrypt ran; then the user lands on a fresh session.
  if (context.store.get(session.id) === session) {
    context.store.login(session, form.data.username, context.users.isAuthorized(form.data.username, project));
  }
  redirect(res, projectBase(project) + returnPath, headers);
}

function logout(context: GatewayContext, req: IncomingMessage, res: ServerResponse, project: string): void {
  const session = existingSession(context, req, project);
  if (session) context.store.end(session.id, 'You have logged out.', 4000);
  redirect(res, projectBase(project), { 'Set-Cookie': [clearedSessionCookie(project)] });
}
