import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayBackend } from '../../bindings/backends/gateway.js';
import { runScript } from '../../bindings/run-script.js';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { authHeaders, BILLY_PASSWORD, EXAMPLE_USERS, openPage, openSession, type OpenedPage } from './helpers.js';

const TOKEN = 'run-gateway-token-123456';
const CLI = new URL('../../dist/cli.cjs', import.meta.url).pathname;
let gateway: RunningGateway;
const pages: OpenedPage[] = [];

const REPORT = `
sessions = system.perspective.getSessionInfo()
print len(sessions)
for s in sorted(sessions, key=lambda s: (s['project'], s['activePages'])):
    print s['project'], s['username'], s['sessionScope'], s['activePages'], len(s['pageIds']), s['totalBytesSent'] > 0
print len(system.perspective.getSessionInfo('billy')), len(system.perspective.getSessionInfo(projectFilter='ops'))
`;

beforeAll(async () => {
  gateway = await startGateway({ port: 0, token: TOKEN, usersFile: EXAMPLE_USERS });
  // ops: one session, two pages; demo: billy on the Android app, one page.
  const ops = await openSession(gateway.url, 'ops');
  if (!ops.page) throw new Error('no ops page');
  pages.push(ops.page, await openPage(gateway.url, 'ops', ops.cookie));
  const demo = await openSession(gateway.url, 'demo', { scope: 'android' });
  if (!demo.page) throw new Error('no demo page');
  const login = await fetch(`${gateway.url}/data/perspective/client/demo/-/login`, {
    method: 'POST', redirect: 'manual', headers: { Cookie: demo.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'billy', password: BILLY_PASSWORD }).toString(),
  });
  if (login.status !== 303) throw new Error(`login failed: HTTP ${login.status}`);
  pages.push(demo.page);
  for (const page of pages) page.ws.send(JSON.stringify({ type: 'heartbeat', seq: 0 }));
  await new Promise((resolve) => setTimeout(resolve, 100));
});
afterAll(async () => {
  for (const page of pages) page.ws.close();
  await gateway.close();
});

describe('scripts against a live gateway (runScript + GatewayBackend)', () => {
  it('getSessionInfo sees live counts, usernames, pages and traffic', async () => {
    const result = await runScript(REPORT, { backend: new GatewayBackend({ url: gateway.url, token: TOKEN }) });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('2\ndemo billy android 1 1 True\nops Unauthenticated browser 2 2 True\n1 1\n');
    expect(result.exitCode).toBe(0);
  }, 30_000);

  it('each call sees current data: a tab closed between calls changes activePages', async () => {
    const backend = new GatewayBackend({ url: gateway.url, token: TOKEN });
    // Polls with getSessionInfo until the page count changes (bounded); each call goes to the gateway.
    const script = `
before = system.perspective.getSessionInfo(projectFilter='ops')[0]['activePages']
print before
for attempt in xrange(1000):
    now = system.perspective.getSessionInfo(projectFilter='ops')[0]['activePages']
    if now != before:
        break
print now
`;
    // Close the tab as soon as the script has printed its first count.
    const result = await runScript(script, { backend, onStdout: () => pages[1]?.ws.close() });
    expect(result.stdout).toBe('2\n1\n');
  }, 60_000);

  it('closeSession from a script ends the live session and its page gets the message', async () => {
    const billyPage = pages[2];
    const script = `
for s in system.perspective.getSessionInfo('billy'):
    system.perspective.closeSession('Closed by automation', s['id'])
print len(system.perspective.getSessionInfo('billy'))
`;
    const result = await runScript(script, { backend: new GatewayBackend({ url: gateway.url, token: TOKEN }) });
    expect(result.stdout).toBe('0\n');
    expect(await billyPage?.closed).toMatchObject({ code: 4000 });
    expect(billyPage?.messages.at(-1)).toEqual({ type: 'closed', message: 'Closed by automation' });
  }, 30_000);

  it('an unknown id raises a Python exception naming it', async () => {
    const result = await runScript("system.perspective.closeSession('x', 'no-such-id')", { backend: new GatewayBackend({ url: gateway.url, token: TOKEN }) });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('no-such-id');
  }, 30_000);

  it('a gateway lost mid-run surfaces as a Python IOError naming the URL, without a JS stack', async () => {
    const result = await runScript('print len(system.perspective.getSessionInfo())', { backend: new GatewayBackend({ url: gateway.url, token: 'wrong-token' }) });
    expect(result.exitCode).toBe(1);
    expect(result.error?.type).toBe('IOError');
    expect(result.stderr).toContain(gateway.url);
    expect(result.stderr).toContain('refused the token');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('perspective-sandbox run --gateway (dist/cli.cjs)', () => {
  it('prints live data, and exits 2 with a clear message for a bad token or a down gateway', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'run-gateway-'));
    const file = join(dir, 'report.py');
    await writeFile(file, 'print len(system.perspective.getSessionInfo(projectFilter="ops"))\n');
    const ok = await runCli(['run', '--gateway', gateway.url, '--token', TOKEN, file]);
    expect(ok).toMatchObject({ code: 0, stdout: '1\n' });
    const badToken = await runCli(['run', '--gateway', gateway.url, '--token', 'wrong-token', file]);
    expect(badToken.code).toBe(2);
    expect(badToken.stderr).toContain(gateway.url);
    expect(badToken.stderr).not.toMatch(/\n\s+at /);
    const other = await startGateway({ port: 0, token: TOKEN });
    const downUrl = other.url;
    await other.close();
    const down = await runCli(['run', '--gateway', downUrl, '--token', TOKEN, file]);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain(downUrl);
    expect(down.stderr).toContain('connection refused');
    expect(down.stderr).not.toMatch(/\n\s+at /);
    expect((await fetch(`${gateway.url}/data/api/v1/sessions`, { headers: authHeaders(TOKEN) })).status).toBe(200);
  }, 60_000);
});
