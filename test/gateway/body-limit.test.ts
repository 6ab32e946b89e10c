import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../gateway/body-reader.js';
import { startGatewayProcess, type GatewayProcess } from './gateway-process.js';
import { EXAMPLE_USERS } from './helpers.js';
import { inBatches, postChunked, send } from './http-clients.js';

// Issue #12, problem 1: a chunked POST over the body limit to the login form or the close endpoint killed the
// process (TypeError: Cannot read properties of null (reading 'destroySoon')) within 8 requests.
const TOKEN = 'body-limit-token-0123456789';
const THREE_MB = 3_000_000;
let gateway: GatewayProcess;

beforeAll(async () => {
  gateway = await startGatewayProcess(TOKEN, ['--users', EXAMPLE_USERS]);
});
afterAll(async () => {
  await gateway?.stop();
});

async function stillServing(): Promise<void> {
  expect(gateway.exitCode()).toBeNull();
  expect((await send(`${gateway.url}/`)).status).toBe(200);
  expect(gateway.stderr()).not.toMatch(/TypeError|internal-error|Uncaught/);
}

describe('request bodies over the limit (a real gateway process)', () => {
  it('answers 3 MB chunked POSTs to the login form and the close endpoint with 413, every time, and stays up', async () => {
    const targets: Array<{ url: string; headers: Record<string, string> }> = [
      { url: `${gateway.url}/data/perspective/client/demo/-/login`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      { url: `${gateway.url}/data/api/v1/sessions/x/close`, headers: {} },
      { url: `${gateway.url}/data/api/v1/sessions/x/close`, headers: { Authorization: `Bearer ${TOKEN}` } },
      { url: `${gateway.url}/web/status/sessions/x/close`, headers: { 'Content-Type': 'application/json' } },
      { url: `${gateway.url}/data/perspective/client/demo/-/logout`, headers: {} },
    ];
    for (const target of targets) {
      for (let round = 0; round < 10; round += 1) {
        const answer = await postChunked(target.url, THREE_MB, target.headers);
        expect(answer, target.url).toMatchObject({ status: 413 });
      }
    }
    await stillServing();
  }, 60_000);

  it('answers 413 to 20 such requests in parallel', async () => {
    const answers = await inBatches(20, 20, () => postChunked(`${gateway.url}/data/perspective/client/demo/-/login`, THREE_MB));
    expect(answers.map((answer) => ('status' in answer ? answer.status : answer.error))).toEqual(Array<number>(20).fill(413));
    await stillServing();
  }, 60_000);

  it('takes a body of exactly the limit and refuses one byte more, declared or chunked', async () => {
    const form = (size: number): string => {
      const base = 'username=billy&password=wrong-password&pad=';
      return base + 'x'.repeat(size - base.length);
    };
    const headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
    const atLimit = await send(`${gateway.url}/data/perspective/client/demo/-/login`, { method: 'POST', headers, body: form(BODY_LIMIT_BYTES) });
    expect(atLimit.status).toBe(401);
    const over = await send(`${gateway.url}/data/perspective/client/demo/-/login`, { method: 'POST', headers, body: form(BODY_LIMIT_BYTES + 1) });
    expect(over.status).toBe(413);
    expect(over.body).toContain(`limit ${BODY_LIMIT_BYTES} bytes`);
    const chunkedOver = await postChunked(`${gateway.url}/data/perspective/client/demo/-/login`, BODY_LIMIT_BYTES + 1);
    expect(chunkedOver).toMatchObject({ status: 413 });
    await stillServing();
  });

  it('survives clients that vanish in the middle of a chunked body', async () => {
    const { port } = new URL(gateway.url);
    for (let round = 0; round < 20; round += 1) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /data/perspective/client/demo/-/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n');
          socket.write(`2000\r\n${'a'.repeat(0x2000)}\r\n`, () => {
            socket.destroy();
            resolve();
          });
        });
        socket.on('error', () => resolve());
      });
    }
    await stillServing();
  });
});
