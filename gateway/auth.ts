import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { cookieValues } from './http-util.js';

/** Cookie set by the status page after `?token=`; holds an expiry and its MAC, never the token itself. */
export const STATUS_COOKIE = 'perspective-status-auth';
/** How long the status cookie lets an operator in before the token is needed again (checked on the server). */
export const STATUS_COOKIE_LIFETIME_SECONDS = 8 * 3600;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Checks bearer tokens and status-page cookies in constant time. */
export class TokenGuard {
  private readonly tokenDigest: Buffer;
  private readonly cookieKey: Buffer;

  constructor(token: string, private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000)) {
    this.tokenDigest = digest(token);
    this.cookieKey = createHmac('sha256', token).update('perspective-sandbox status cookie v2').digest();
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

  /** A fresh status cookie value: `<expiry in Unix seconds>.<MAC>`. */
  issueStatusCookie(): string {
    const expires = this.nowSeconds() + STATUS_COOKIE_LIFETIME_SECONDS;
    return `${expires}.${this.mac(String(expires))}`;
  }

  /** Bearer, or a status cookie this gateway issued that has not expired. */
  hasStatusAccess(req: IncomingMessage): boolean {
    if (this.hasBearer(req)) return true;
    return cookieValues(req, STATUS_COOKIE).some((value) => this.validStatusCookie(value));
  }

  private validStatusCookie(value: string): boolean {
    const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
    if (!match) return false;
    const expires = match[1] ?? '';
    const expected = digest(this.mac(expires));
    return timingSafeEqual(digest(match[2] ?? ''), expected) && Number(expires) > this.nowSeconds();
  }

  private mac(text: string): string {
    return createHmac('sha256', this.cookieKey).update(text).digest('base64url');
  }
}
