import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { nonce } from './client-routes.js';
import type { GatewayContext } from './context.js';
import { clientAddress, HttpError, redirect, sendHtml } from './http-util.js';
import { isRefusal } from './login-guard.js';
import { renderLoginPage } from './login-page.js';
import { isPagePath, projectBase, sessionCookie } from './project-paths.js';
import { admitSession, existingSession } from './session-admission.js';

const loginFormSchema = z.object({
  username: z.string().min(1).max(128),
  password: z.string().min(1).max(1024),
  return: z.string().max(512).default(''),
});

function loginPage(res: ServerResponse, status: number, project: string, returnPath: string, error: string, headers: Record<string, string> = {}): void {
  const pageNonce = nonce();
  sendHtml(res, status, renderLoginPage({ project, returnPath, error, nonce: pageNonce }), pageNonce, headers);
}

/**
 * POST …/<project>/-/login. Throttled per address and per username (429 + Retry-After, checked before any
 * password work); a wrong password starts no session; a correct one gives the session a new cookie secret
 * (or starts one), so a cookie planted before login never becomes a logged-in session.
 */
export async function handleLogin(context: GatewayContext, req: IncomingMessage, res: ServerResponse, body: string, project: string): Promise<void> {
  const form = loginFormSchema.safeParse(Object.fromEntries(new URLSearchParams(body)));
  if (!form.success) throw new HttpError(400, 'The login form needs a username and a password');
  const { username, password } = form.data;
  const returnPath = isPagePath(form.data.return) ? form.data.return : '';
  const address = clientAddress(req);
  const attempt = context.logins.attempt(address, username);
  if (isRefusal(attempt)) {
    context.log({ event: 'login-throttled', address, username, project, throttled: attempt.throttled, retryAfterSeconds: attempt.retryAfterSeconds });
    const wait = `Too many failed logins; try again in ${attempt.retryAfterSeconds} s.`;
    return loginPage(res, 429, project, returnPath, wait, { 'Retry-After': String(attempt.retryAfterSeconds) });
  }
  let ok = false;
  try {
    ok = await context.users.authenticate(username, password);
  } finally {
    attempt.finish(ok);
  }
  if (!ok) {
    context.log({ event: 'login-failed', address, username, project });
    return loginPage(res, 401, project, returnPath, 'Invalid username or password.');
  }
  // The cookie's session may have been closed while scrypt ran; then the user gets a new one.
  const found = existingSession(context, req, project);
  const session = found ?? admitSession(context, req, project, 'browser');
  const secret = context.store.rotateSecret(session);
  context.store.login(session, username, context.users.isAuthorized(username, project));
  context.log({ event: 'login', address, username, project, session: session.id });
  redirect(res, projectBase(project) + returnPath, { 'Set-Cookie': [sessionCookie(project, secret)] });
}
