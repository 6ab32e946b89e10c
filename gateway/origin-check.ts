import type { IncomingMessage } from 'node:http';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method);
}

/**
 * Why a browser request comes from another site, or null when it does not. `Sec-Fetch-Site`, which only the
 * browser can set, decides when present (it is sent to https and loopback origins): anything but same-origin
 * (or none: typed by the user) is refused. Otherwise `Origin`, which browsers send on every POST and WebSocket
 * handshake, must name this gateway's host; the opaque `null` is refused. Clients that send neither (curl,
 * scripts, the gateway backend) are not browsers acting for a victim, and pass.
 */
export function crossSiteReason(req: IncomingMessage): string | null {
  const fetchSite = req.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string') {
    return fetchSite === 'same-origin' || fetchSite === 'none' ? null : `Sec-Fetch-Site: ${fetchSite.slice(0, 40)}`;
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
