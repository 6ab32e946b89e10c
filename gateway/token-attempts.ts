import type { IncomingMessage } from 'node:http';
import { addressKey } from './address-key.js';
import type { GatewayContext } from './context.js';
import { clientAddress, HttpError } from './http-util.js';
import { BackoffThrottle, type BackoffPolicy } from './login-throttle.js';

/** Wrong tokens per client address: 20 free, then the login back-off (a typo costs nothing, guessing does). */
export const TOKEN_BACKOFF: BackoffPolicy = { freeFailures: 20, baseMs: 1000, maxMs: 60_000, maxInFlight: Number.MAX_SAFE_INTEGER, forgetMs: 15 * 60_000, maxKeys: 10_000, clearOnSuccess: false };

export function tokenThrottle(now?: () => number): BackoffThrottle {
  return new BackoffThrottle(TOKEN_BACKOFF, now);
}

/** Throws 429 (before any comparison) when the client's address guessed wrong tokens too often. */
export function refuseIfTokenThrottled(context: GatewayContext, req: IncomingMessage): void {
  const wait = context.tokenFailures.waitMs(addressKey(clientAddress(req)));
  if (wait <= 0) return;
  const retryAfter = Math.max(1, Math.ceil(wait / 1000));
  context.log({ event: 'token-throttled', address: clientAddress(req), retryAfterSeconds: retryAfter });
  throw new HttpError(429, 'Too many wrong tokens; try again later', { 'Retry-After': String(retryAfter) });
}

/** A wrong token was offered (bearer header or ?token=): count it and log it. */
export function recordWrongToken(context: GatewayContext, req: IncomingMessage, where: string): void {
  const key = addressKey(clientAddress(req));
  context.tokenFailures.begin(key);
  context.tokenFailures.finish(key, false);
  context.log({ event: 'token-refused', where, address: clientAddress(req) });
}
