import { z } from 'zod';
import { SESSION_SCOPES, type SessionScope } from '../bindings/session.js';

/** Project names: letters, digits, underscore and hyphen (Ignition's rule), at most 64 characters. */
const PROJECT = '[A-Za-z0-9_][A-Za-z0-9_-]{0,63}';
const CLIENT_PATH = new RegExp(`^/data/perspective/client/(${PROJECT})(?:/(.*))?$`);

/** Cookie naming the session; scoped by Path to one project. */
export const SESSION_COOKIE = 'perspective-session';

export function projectBase(project: string): string {
  return `/data/perspective/client/${project}/`;
}

export function sessionCookie(project: string, secret: string): string {
  return `${SESSION_COOKIE}=${secret}; Path=/data/perspective/client/${project}; HttpOnly; SameSite=Lax`;
}

export function clearedSessionCookie(project: string): string {
  return `${SESSION_COOKIE}=; Path=/data/perspective/client/${project}; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** `rest` is undefined for `/data/perspective/client/<project>` without a trailing slash. */
export interface ClientPath {
  readonly project: string;
  readonly rest: string | undefined;
}

export function matchClientPath(pathname: string): ClientPath | undefined {
  const match = CLIENT_PATH.exec(pathname);
  if (!match || match[1] === undefined) return undefined;
  return { project: match[1], rest: match[2] };
}

/** Page paths the client serves (and login may return to): no scheme, no leading slash, no `-/` prefix, no `..`. */
const pagePathSchema = z.string().max(512).regex(/^(?!-\/|-$)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9_\-.~%/]*$/);

export function isPagePath(text: string): boolean {
  return pagePathSchema.safeParse(text).success && !text.startsWith('/') && !text.includes('//');
}

const scopeSchema = z.enum(SESSION_SCOPES);

/** The `?scope=` a client declares (designer, ios, android); browser when absent; undefined when invalid. */
export function declaredScope(param: string | null): SessionScope | undefined {
  if (param === null) return 'browser';
  const parsed = scopeSchema.safeParse(param);
  return parsed.success ? parsed.data : undefined;
}
