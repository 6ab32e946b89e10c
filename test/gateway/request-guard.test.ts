import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionLog } from '../../gateway/action-log.js';
import { TokenGuard } from '../../gateway/auth.js';
import type { GatewayContext } from '../../gateway/context.js';
import type { GatewayLogEntry } from '../../gateway/log.js';
import { LoginGuard } from '../../gateway/login-guard.js';
import { tokenThrottle } from '../../gateway/token-attempts.js';
import { gatewayOptionsSchema } from '../../gateway/options.js';
import { handleRequest } from '../../gateway/router.js';
import { SessionStore, type SessionPage } from '../../gateway/session-store.js';
import { UserDirectory } from '../../gateway/users-file.js';
import { authHeaders } from './helpers.js';

/** A store with a bug: paging throws. Stands in for any unexpected error inside a handler. */
class BrokenStore extends SessionStore {
  override page(): SessionPage {
    throw new TypeError('simulated bug in the session store');
  }
}

const TOKEN = 'request-guard-token-123';
const logged: GatewayLogEntry[] = [];
let server: Server;
let url: string;

beforeAll(async () => {
  const options = gatewayOptionsSchema.parse({});
  const context: GatewayContext = {
    options, store: new BrokenStore(options), users: UserDirectory.empty(), guard: new TokenGuard(TOKEN), logins: new LoginGuard(), tokenFailures: tokenThrottle(), log: (entry) => logged.push(entry),
    actions: new ActionLog(),
  };
  server = createServer((req, res) => void handleRequest(context, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('last-resort request guard', () => {
  it('answers an unexpected error with 500, logs it with its stack, and keeps serving', async () => {
    const broken = await fetch(`${url}/web/status/sessions/table`, { headers: authHeaders(TOKEN) });
    expect(broken.status).toBe(500);
    expect(await broken.text()).toBe('Internal error\n');
    const entry = logged.find((line) => line.event === 'internal-error');
    expect(entry).toMatchObject({ method: 'GET', path: '/web/status/sessions/table', address: '127.0.0.1' });
    expect(String(entry?.error)).toContain('TypeError: simulated bug in the session store');
    expect(String(entry?.error)).toContain('status-routes');
    // The answer leaks nothing of the error; the next request is served.
    expect((await fetch(`${url}/`)).status).toBe(200);
    const again = await fetch(`${url}/web/status/sessions?username=x`, { headers: authHeaders(TOKEN) });
    expect(again.status).toBe(500);
    // The log names the path without its query (which could hold ?token=).
    expect(logged.filter((line) => line.event === 'internal-error').at(-1)?.path).toBe('/web/status/sessions');
  });

  it('answers a bad request with its 4xx and logs nothing as an internal error', async () => {
    const before = logged.filter((line) => line.event === 'internal-error').length;
    expect((await fetch(`${url}/nowhere`)).status).toBe(404);
    expect(logged.filter((line) => line.event === 'internal-error')).toHaveLength(before);
  });
});
