import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, cliAsync } from '../scripts/cli.js';

/**
 * Inputs that once took the host down or past its limits, through the real CLI. Each must end with the documented
 * exit code and bounded output, and the host process must end normally (no V8 abort, no hang).
 */
const lastLine = (text: string): string => text.trimEnd().split('\n').at(-1) ?? '';
const stderrCap = 10_000 + 1024;

describe('memory', () => {
  it('a string doubled until it cannot grow is the memory limit (exit 4), not a V8 abort', () => {
    const result = cli(['run', '-c', 's = "a"\nwhile True: s = s + s']);
    expect(result.status).toBe(4);
    expect(lastLine(result.stderr)).toMatch(/^MemoryError: memory limit of 256 MB exceeded/);
  });

  it('a list grown past V8\'s array limit is the memory limit (exit 4), not a V8 fatal error', () => {
    const result = cli(['run', '--memory-limit', '4096', '-c', 'x = [None]*(2**27)\nx.append(1)']);
    expect(result.status).toBe(4);
    expect(lastLine(result.stderr)).toMatch(/^MemoryError: memory limit of 4096 MB exceeded/);
  }, 120_000);
});

describe('output', () => {
  it('a traceback with a 1 MB message counts against --output-limit and keeps its last line', () => {
    const result = cli(['run', '--output-limit', '10000', '-c', 'raise Exception("x"*1000000)']);
    expect(result.status).toBe(1);
    expect(Buffer.byteLength(result.stderr)).toBeLessThanOrEqual(stderrCap);
    expect(result.stderr).toContain('[traceback cut here: output limit of 10000 bytes exceeded (--output-limit)]');
    expect(lastLine(result.stderr)).toMatch(/^Exception: x{1000,}$/);
  });

  it('a 19,000-deep traceback is cut in the middle, keeping the exception line', () => {
    const code = 'def f(n):\n    if n == 0: raise ValueError("bottom")\n    return f(n-1)\nf(19000)';
    const result = cli(['run', '--output-limit', '10000', '--recursion-limit', '20000', '-c', code]);
    expect(result.status).toBe(1);
    expect(Buffer.byteLength(result.stderr)).toBeLessThanOrEqual(stderrCap);
    expect(result.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(lastLine(result.stderr)).toBe('ValueError: bottom');
  });

  it('a SyntaxError on a 100 KB line is bounded too', () => {
    const result = cli(['run', '--output-limit', '10000', '-c', `x = ${'1+'.repeat(50_000)})`]);
    expect(result.status).toBe(1);
    expect(Buffer.byteLength(result.stderr)).toBeLessThanOrEqual(stderrCap);
    expect(lastLine(result.stderr)).toBe("SyntaxError: no viable alternative at input ')'");
  });
});

describe('fixture files', () => {
  it('--sessions /dev/zero stops at the size cap with a message naming the cap and the flag', () => {
    const result = cli(['run', '--sessions', '/dev/zero', '--sessions-max-mb', '8', '-c', 'print 1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('perspective-sandbox: /dev/zero: the sessions file is larger than 8 MB; raise the cap with --sessions-max-mb (library: sessionsFileMaxMb)\n');
  });
});

describe('a hostile gateway', () => {
  let server: Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;
  });

  /** A gateway whose first answer is a valid empty session list and whose later answers are `later`. */
  async function gateway(later: (res: ServerResponse) => void): Promise<string> {
    let requests = 0;
    server = createServer((_req, res) => {
      if (requests++ === 0) {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"sessions": []}');
        return;
      }
      later(res);
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  }

  it('a 3 GB answer is refused as it arrives (exit 1 in the script, with the cap named), the CLI survives', async () => {
    const url = await gateway((res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(3 * 1024 ** 3) });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      const pump = (): void => { while (res.write(chunk)) { /* until the socket pushes back */ } };
      res.on('drain', pump);
      pump();
    });
    const result = await cliAsync(['run', '--gateway', url, '--token', 't', '-c', 'print len(system.perspective.getSessionInfo())']);
    expect(result.status).toBe(1);
    expect(lastLine(result.stderr)).toMatch(/^IOError: The session gateway at http:\/\/127\.0\.0\.1:\d+ sent a response larger than 67108864 bytes; refused$/);
  }, 60_000);

  it('a gateway that trickles one byte a second is bounded by --timeout, host call included (exit 3)', async () => {
    const url = await gateway((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 1000);
      res.on('close', () => clearInterval(timer));
    });
    const result = await cliAsync(['run', '--gateway', url, '--token', 't', '--timeout', '2', '-c', 'print "before"\nsystem.perspective.getSessionInfo()\nprint "after"']);
    expect(result.status).toBe(3);
    expect(result.stdout).toBe('before\n');
    expect(lastLine(result.stderr)).toBe('perspective-sandbox: stopped: time limit of 2 s exceeded (--timeout)');
  }, 60_000);

  it('a gateway that never answers is bounded by --timeout too (exit 3)', async () => {
    const url = await gateway(() => undefined);
    const result = await cliAsync(['run', '--gateway', url, '--token', 't', '--timeout', '2', '-c', 'system.perspective.getSessionInfo()']);
    expect(result.status).toBe(3);
    expect(lastLine(result.stderr)).toBe('perspective-sandbox: stopped: time limit of 2 s exceeded (--timeout)');
  }, 60_000);

  it('a gateway that never answers the start-up check fails within the time limit (exit 2)', async () => {
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const result = await cliAsync(['run', '--gateway', url, '--token', 't', '--timeout', '2', '-c', 'print 1']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`perspective-sandbox: Cannot reach the session gateway at ${url}: no answer in time\n`);
  }, 60_000);
});
