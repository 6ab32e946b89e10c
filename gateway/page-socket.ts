import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import type { GatewayContext } from './context.js';
import { existingSession } from './client-routes.js';
import { matchClientPath } from './project-paths.js';
import { RateLimiter } from './rate-limiter.js';
import type { Session } from './session-store.js';
import { clientMessageSchema, CLOSE_CODES, type ServerMessage } from './wire.js';

const REJECT_STATUS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

function reject(socket: Duplex, status: number, reason: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${REJECT_STATUS[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`);
}

function rawText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(new Uint8Array(data)).toString('utf8');
}

function byteLength(data: RawData): number {
  if (Array.isArray(data)) return data.reduce((sum, chunk) => sum + chunk.length, 0);
  return data instanceof ArrayBuffer ? data.byteLength : data.length;
}

/** A browser's Origin, if sent, must be this gateway (blocks cross-site WebSocket hijacking). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** HTTP upgrade → the page's WebSocket at /data/perspective/client/<project>/-/ws (needs the session cookie). */
export function handleUpgrade(context: GatewayContext, wss: WebSocketServer, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  socket.on('error', () => socket.destroy());
  let pathname: string;
  try {
    pathname = new URL(req.url ?? '', 'http://gateway.invalid').pathname;
  } catch {
    return reject(socket, 400, 'Bad request target');
  }
  const client = matchClientPath(pathname);
  if (!client || client.rest !== '-/ws') return reject(socket, 404, 'No WebSocket here');
  if (!sameOrigin(req)) return reject(socket, 403, 'Cross-origin WebSocket refused');
  const session = existingSession(context, req, client.project);
  if (!session) return reject(socket, 401, 'No live session: load a page of the project first');
  wss.handleUpgrade(req, socket, head, (ws) => attachPage(context, session, ws));
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
    send(message: ServerMessage): void {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
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
    if (!clientMessageSchema.safeParse(json).success) closeWith(CLOSE_CODES.invalidMessage, 'message is not a valid client message');
  });
  connection.send({
    type: 'welcome', pageId, sessionId: session.id, username: session.username, project: session.project, heartbeatMs: options.heartbeatMs,
  });
}
