import type { IncomingMessage } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

/**
 * Why a browser request comes from another site, or null when it does not. Browsers send `Origin` on every
 * POST and on WebSocket handshakes, and `Sec-Fetch-Site` on requests they make; either naming another origin
 * (including the opaque `null`) is refused. Clients that send neither (curl, scripts, the gateway backend)
 * are not browsers acting for a victim, and pass.
 */
export function crossSiteReason(req: IncomingMessage): string | null {
  const fetchSite = req.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `Sec-Fetch-Site: ${fetchSite}`;
  }
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return 'unparsable Origin';
  }
  return host !== '' && host === req.headers.host ? null : `Origin ${origin.slice(0, 200)}`;
}
