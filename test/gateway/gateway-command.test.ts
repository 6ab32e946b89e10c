import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { gatewayCommand } from '../../scripts/gateway-command.js';
import { UserDirectory } from '../../gateway/index.js';
import { EXAMPLE_USERS, waitFor } from './helpers.js';

function fakeIo(stdinText = '', stop?: AbortSignal) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) }, stdin: Readable.from([stdinText]), stop },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

describe('perspective-sandbox gateway', () => {
  it('prints help with --help', async () => {
    const { io, stdout } = fakeIo();
    expect(await gatewayCommand(['--help'], io)).toBe(0);
    expect(stdout()).toContain('--session-timeout SECONDS');
    expect(stdout()).toContain('/web/status/sessions');
  });

  it.each([
    [['--port', 'abc'], '--port'],
    [['--port', '70000'], '--port'],
    [['--token', 'short'], '--token'],
    [['--session-timeout', '-1'], '--session-timeout'],
    [['--session-timeout', '0'], '--session-timeout must be at least 5 seconds'],
    [['--session-timeout', '4.9'], '--session-timeout must be at least 5 seconds'],
    [['--bogus'], 'bogus'],
    [['positional'], 'positional'],
    [['--users', '/nonexistent/users.json', '--port', '0'], 'Cannot read users file'],
  ])('rejects %j with exit code 2', async (argv, fragment) => {
    const { io, stderr } = fakeIo();
    expect(await gatewayCommand(argv, io)).toBe(2);
    expect(stderr()).toContain(fragment);
  });

  it('reports an invalid users file with exit code 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gateway-cmd-'));
    const file = join(dir, 'users.json');
    await writeFile(file, JSON.stringify({ users: [{ username: 'billy', password: 'plain-text' }] }));
    const { io, stderr } = fakeIo();
    expect(await gatewayCommand(['--users', file, '--port', '0'], io)).toBe(2);
    expect(stderr()).toContain('Invalid users file');
  });

  it('runs until stopped, printing the URL and a generated token', async () => {
    const stop = new AbortController();
    const { io, stdout } = fakeIo('', stop.signal);
    const saved = process.env.PERSPECTIVE_SANDBOX_TOKEN;
    delete process.env.PERSPECTIVE_SANDBOX_TOKEN;
    const running = gatewayCommand(['--port', '0', '--users', EXAMPLE_USERS, '--session-timeout', '5'], io);
    try {
      const url = await waitFor(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout())?.[1]);
      const token = /token:\s+(\S+)\s+\(generated/.exec(stdout())?.[1] ?? '';
      expect(token.length).toBeGreaterThanOrEqual(32);
      expect(stdout()).toContain('1 from');
      const ok = await fetch(`${url}/data/api/v1/sessions`, { headers: { Authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect((await fetch(`${url}/data/api/v1/sessions`)).status).toBe(401);
    } finally {
      stop.abort();
      if (saved !== undefined) process.env.PERSPECTIVE_SANDBOX_TOKEN = saved;
    }
    expect(await running).toBe(0);
    expect(stdout()).toContain('shutting down');
  });

  it('stops on SIGTERM', async () => {
    const { io, stdout } = fakeIo();
    const running = gatewayCommand(['--port', '0', '--token', 'a-fixed-token-123'], io);
    await waitFor(() => stdout().includes('listening on'));
    expect(stdout()).toContain('token:       (from --token)');
    expect(stdout()).not.toContain('a-fixed-token-123');
    process.emit('SIGTERM', 'SIGTERM');
    expect(await running).toBe(0);
  });

  it('hash-password prints a scrypt hash of the password read on stdin', async () => {
    const { io, stdout } = fakeIo('s3cret!\n');
    expect(await gatewayCommand(['hash-password'], io)).toBe(0);
    const hash = stdout().trim();
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    const users = UserDirectory.fromJson({ users: [{ username: 'u', passwordHash: hash }] }, 'inline');
    expect(await users.authenticate('u', 's3cret!')).toBe(true);
  });
});
