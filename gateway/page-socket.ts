import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { GatewayContext } from './context.js';
import { clientAddress, HttpError } from './http-util.js';
import { crossSiteReason } from './origin-check.js';
import { declaredScope, matchClientPath, sessionCookie } from './project-paths.js';
import { admitSession, existingSession } from './session-admission.js';
import { RateLimiter } from './rate-limiter.js';
import type { Session } from './session-store.js';
import { clientMessageSchema, CLOSE_CODES, type ServerMessage } from './wire.js';

const REJECT_STATUS: Record<number, string> = {
  400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable',
};

function reject(socket: Duplex, status: number, reason: string, headers: Readonly<Record<string, string>> = {}): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const extra = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('');
  socket.end(`HTTP/1.1 ${status} ${REJECT_STATUS[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain\r\n${extra}Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

/** Set-Cookie headers for handshakes that start a session (read by the wss 'headers' listener). */
const handshakeCookies = new WeakMap<IncomingMessage, string>();

/** Adds the new session's cookie to the 101 response of the handshake that started it. Call once per server. */
export function sendHandshakeCookies(wss: WebSocketServer): void {
  wss.on('headers', (headers, req) => {
    const cookie = handshakeCookies.get(req);
    if (cookie !== undefined) headers.push(`Set-Cookie: ${cookie}`);
  });
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(new Uint8Array(data)).toString('utf8');
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, chunk) => sum + chunk.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

/**
 * HTTP upgrade → the page's WebSocket at /data/perspective/client/<project>/-/ws[?scope=…]. It joins the session
 * the cookie names or, without one, starts a session (this is the only place an anonymous session starts) and
 * sets its cookie on the 101 response. Sessions per address and in all are capped (429 / 503).
 */
export function handleUpgrade(context: GatewayContext, wss: WebSocketServer, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  let url: URL;
  try {
    url = new URL(req.url ?? '', 'http://gateway.invalid');
  } catch {
    return reject(socket, 400, 'Bad request target');
  }
  const client = matchClientPath(url.pathname);
  if (!client || client.rest !== '-/ws') return reject(socket, 404, 'No WebSocket here');
  const crossSite = crossSiteReason(req);
  if (crossSite !== null) {
    context.log({ event: 'cross-site-refused', method: 'WebSocket', path: url.pathname, address: clientAddress(req), reason: crossSite });
    return reject(socket, 403, 'Cross-origin WebSocket refused');
  }
  const scope = declaredScope(url.searchParams.get('scope'));
  if (scope === undefined) return reject(socket, 400, 'scope must be one of designer, browser, ios, android');
  let session = existingSession(context, req, client.project);
  let upgraded = false;
  if (!session) {
    try {
      session = admitSession(context, req, client.project, scope);
    } catch (error) {
      if (error instanceof HttpError) return reject(socket, error.status, error.message, error.headers);
      throw error;
    }
    handshakeCookies.set(req, sessionCookie(client.project, session.cookieSecret));
    const started = session;
    // A handshake that fails after this point must not leave its new session holding a slot until the timeout.
    socket.once('close', () => {
      if (!upgraded) context.store.end(started.id, null, CLOSE_CODES.sessionEnded);
    });
  }
  const joined = session;
  wss.handleUpgrade(req, socket, head, (ws) => {
    upgraded = true;
    attachPage(context, joined, ws);
  });
}

/** One open tab: counts bytes, validates messages, enforces the rate limit, removes the page on close. */
function attachPage(context: GatewayContext, session: Session, ws: WebSocket): void {
  const { store, options } = context;
  let closing = false;
  const closeWith = (code: number, reason: string): void => {
    if (closing) return;
    closing = true;
    ws.close(code, reason);
    setTimeout(() => ws.terminate(), 1000).unref();
  };
  const connection = {
    send(message: ServerMessage): boolean {
      if (closing || ws.readyState !== ws.OPEN) return false;
      ws.send(JSON.stringify(message));
      return true;
    },
    close: closeWith,
  };
  ws.on('error', () => ws.terminate());
  const pageId = store.addPage(session, connection);
  if (pageId === undefined) {
    closeWith(CLOSE_CODES.tooManyPages, 'too many pages in this session');
    return;
  }
  let alive = true;
  ws.on('pong', () => { alive = true; });
  const ping = setInterval(() => {
    if (!alive) {
      ws.terminate();
      return;
    }
    alive = false;
    ws.ping();
  }, 30_000);
  ping.unref();
  ws.on('close', () => {
    clearInterval(ping);
    store.removePage(session, pageId);
  });
  const limiter = new RateLimiter(options.messagesPerSecond, options.messageBurst);
  ws.on('message', (data, isBinary) => {
    try {
      onMessage(data, isBinary);
    } catch (error) {
      context.log({ event: 'internal-error', where: 'page message', session: session.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      closeWith(1011, 'internal error');
    }
  });
  const onMessage = (data: RawData, isBinary: boolean): void => {
    if (closing || store.get(session.id) !== session) return;
    store.recordMessage(session, byteLength(data));
    if (!limiter.take()) return closeWith(CLOSE_CODES.policyViolation, 'rate limit exceeded');
    if (isBinary) return closeWith(CLOSE_CODES.unsupportedData, 'binary frames are not accepted');
    let json: unknown;
    try {
      json = JSON.parse(rawText(data));
    } catch {
      return closeWith(CLOSE_CODES.invalidMessage, 'message is not JSON');
    }
    const message = clientMessageSchema.safeParse(json);
    if (!message.success) return closeWith(CLOSE_CODES.invalidMessage, 'message is not a valid client message');
    if (message.data.type === 'page-state') store.updatePageState(session, pageId, message.data.state, message.data.handled);
  };
  connection.send({
    type: 'welcome', pageId, sessionId: session.id, username: session.username, project: session.project, heartbeatMs: options.heartbeatMs,
  });
}
