import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import type { SessionFilter } from '../bindings/backend.js';
import type { SessionRecord } from '../bindings/session.js';
import { ActionLog } from './action-log.js';
import { TokenGuard } from './auth.js';
import type { GatewayContext } from './context.js';
import { stderrLog, type GatewayLog } from './log.js';
import { LoginGuard } from './login-guard.js';
import { tokenThrottle } from './token-attempts.js';
import { gatewayOptionsSchema, TOKEN_ENV_VAR } from './options.js';
import type { GatewayOptionsInput } from './options-input.js';
import { handleUpgrade, sendHandshakeCookies } from './page-socket.js';
import { handleRequest } from './router.js';
import { SessionStore } from './session-store.js';
import { UserDirectory } from './users-file.js';
import { CLOSE_CODES } from './wire.js';
import { gatewayTags } from './gateway-tags.js';

export interface RunningGateway {
  /** Base URL, e.g. http://127.0.0.1:8088 (the real port when 0 was asked for). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The bearer token for the API and the status page. */
  readonly token: string;
  /** Where the token came from. */
  readonly tokenSource: 'option' | 'environment' | 'generated';
  /** How many users the users file holds (0 without --users). */
  readonly userCount: number;
  /** Sessions as the API reports them (handy for tests and embedders). */
  listSessions(filter?: Partial<SessionFilter>): SessionRecord[];
  /** Ends every session, closes every socket and stops listening. */
  close(): Promise<void>;
}

/** What an embedder can plug in besides the options. */
export interface GatewayHooks {
  /** Receives the security log (logins, refusals, throttling, closes, internal errors). Default: JSON lines on stderr. */
  readonly log?: GatewayLog;
}

export class GatewayOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GatewayOptionsError';
  }
}

function resolveToken(explicit: string | undefined): { token: string; source: RunningGateway['tokenSource'] } {
  if (explicit !== undefined) return { token: explicit, source: 'option' };
  const fromEnv = process.env[TOKEN_ENV_VAR];
  if (fromEnv !== undefined && fromEnv.length >= 8) return { token: fromEnv, source: 'environment' };
  return { token: randomBytes(24).toString('base64url'), source: 'generated' };
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts the live session gateway (HTTP + WebSocket). Throws GatewayOptionsError or UsersFileError on bad input. */
export async function startGateway(input: GatewayOptionsInput = {}, hooks: GatewayHooks = {}): Promise<RunningGateway> {
  const parsed = gatewayOptionsSchema.safeParse(input);
  if (!parsed.success) throw new GatewayOptionsError(`Invalid gateway options:\n${z.prettifyError(parsed.error)}`);
  const options = parsed.data;
  const { token, source } = resolveToken(options.token);
  const users = options.usersFile ? await UserDirectory.load(options.usersFile) : UserDirectory.empty();
  const store = new SessionStore(options);
  const log = hooks.log ?? stderrLog;
  const tags = gatewayTags(options, store);
  const context: GatewayContext = { options, store, users, guard: new TokenGuard(token), logins: new LoginGuard(), tokenFailures: tokenThrottle(), log, actions: new ActionLog(), tags };

  const server = createServer({ requestTimeout: 30_000, headersTimeout: 15_000, maxHeaderSize: 16 * 1024 });
  server.keepAliveTimeout = 5_000;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes, perMessageDeflate: false, clientTracking: true });
  // handleRequest never rejects; the catch is the last line of defence so one request can never end the process.
  server.on('request', (req, res) => {
    handleRequest(context, req, res).catch((error: unknown) => {
      log({ event: 'internal-error', where: 'request guard', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      res.destroy();
    });
  });
  sendHandshakeCookies(wss);
  server.on('upgrade', (req, socket, head) => {
    try {
      handleUpgrade(context, wss, req, socket, head);
    } catch (error) {
      log({ event: 'internal-error', where: 'upgrade', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      socket.destroy();
    }
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  wss.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', () => undefined);
  const address = server.address() as AddressInfo;
  const url = `http://${formatHost(options.host)}:${address.port}`;

  let closed: Promise<void> | undefined;
  return {
    url,
    host: options.host,
    port: address.port,
    token,
    tokenSource: source,
    userCount: users.size,
    listSessions: (filter = {}) => store.list({ username: filter.username ?? null, project: filter.project ?? null }),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        store.clear(CLOSE_CODES.goingAway);
        for (const ws of wss.clients) ws.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
