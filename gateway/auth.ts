import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookieValues } from './http-util.js';

/** Cookie set by the status page after `?token=`; holds a digest of the token, never the token itself. */
export const STATUS_COOKIE = 'perspective-status-auth';

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Checks bearer tokens and status-page cookies in constant time. */
export class TokenGuard {
  private readonly tokenDigest: Buffer;
  readonly statusCookieValue: string;

  constructor(token: string) {
    this.tokenDigest = digest(token);
    this.statusCookieValue = createHash('sha256').update(`status-cookie:${token}`).digest('base64url');
  }

  matchesToken(candidate: string): boolean {
    return timingSafeEqual(digest(candidate), this.tokenDigest);
  }

  /** `Authorization: Bearer <token>`. */
  hasBearer(req: IncomingMessage): boolean {
    const header = req.headers.authorization;
    if (typeof header !== 'string') return false;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match !== null && this.matchesToken(match[1] ?? '');
  }

  /** Bearer or the status cookie. */
  hasStatusAccess(req: IncomingMessage): boolean {
    if (this.hasBearer(req)) return true;
    const expected = digest(this.statusCookieValue);
    return cookieValues(req, STATUS_COOKIE).some((value) => timingSafeEqual(digest(value), expected));
  }
}
