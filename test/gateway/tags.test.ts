/**
 * Issue 16: system.tag against a live gateway. The gateway holds the tags of its --tags file; a script run with
 * --gateway writes the live Perspective session count to a tag and reads it back, over the token-protected API.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { authHeaders, openSession, type OpenedPage } from './helpers.js';

const TOKEN = 'tags-gateway-token-123456';
const CLI = new URL('../../dist/cli.cjs', import.meta.url).pathname;
let gateway: RunningGateway;
let dir: string;
const pages: OpenedPage[] = [];
const logged: { event: string }[] = [];

const TAGS = {
  providers: {
    default: {
      tags: [
        { name: 'Perspective', tagType: 'Folder', tags: [{ name: 'SessionCount', dataType: 'Int4', value: 0, timestamp: '2024-03-05T10:15:32Z' }] },
        { name: 'Counters', tags: [{ name: 'Runs', dataType: 'Int4', value: 41 }] },
      ],
    },
  },
};

const SESSION_COUNT_SCRIPT = `
count = len(system.perspective.getSessionInfo())
print 'sessions', count
print system.tag.writeBlocking(['[default]Perspective/SessionCount'], [count])
back = system.tag.readBlocking(['[default]Perspective/SessionCount'])[0]
print 'read back', back.value, back.quality
print 'system tag', system.tag.readBlocking(['[System]Gateway/Perspective/SessionCount'])[0].value
print system.tag.writeBlocking(['[System]Gateway/Perspective/SessionCount'], [99])[0].getName()
print system.tag.readBlocking(['Nope'])[0].quality
`;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 60_000, env: { ...process.env, TZ: 'UTC' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as NodeJS.ErrnoException & { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ps-tags-'));
  const file = join(dir, 'tags.json');
  await writeFile(file, JSON.stringify(TAGS));
  gateway = await startGateway({ port: 0, token: TOKEN, tagsFile: file }, { log: (entry) => { logged.push(entry as { event: string }); } });
  for (const project of ['ops', 'demo', 'ops']) {
    const opened = await openSession(gateway.url, project);
    if (opened.page) pages.push(opened.page);
  }
});
afterAll(async () => {
  for (const page of pages) page.ws.close();
  await gateway.close();
});

describe('system.tag through --gateway', () => {
  it('a script writes the live session count to a gateway tag and reads it back', async () => {
    expect(gateway.listSessions()).toHaveLength(3);
    const result = await cli(['run', '--gateway', gateway.url, '--token', TOKEN, '-c', SESSION_COUNT_SCRIPT]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe([
      'sessions 3', '[Good]', 'read back 3 Good', 'system tag 3', 'Bad_ReadOnly',
      `Bad_NotFound("Path '[default]Nope' not found.")`, '',
    ].join('\n'));
    expect(result.code).toBe(0);
    // The System write is refused by the script's own SystemTags; the one real write reaches the gateway.
    expect(logged.filter((e) => e.event === 'tags-written')).toHaveLength(1);
  }, 60_000);

  it('the write stays on the gateway: its API and a second script see it', async () => {
    const read = await fetch(`${gateway.url}/data/api/v1/tags/read`, {
      method: 'POST', headers: { ...authHeaders(TOKEN), 'Content-Type': 'application/json' }, body: JSON.stringify({ paths: ['Perspective/SessionCount', 'Counters/Runs'] }),
    });
    expect(read.status).toBe(200);
    const body = await read.json() as { results: { value: unknown; quality: { name: string } }[] };
    expect(body.results.map((r) => [r.value, r.quality.name])).toEqual([[3, 'Good'], [41, 'Good']]);
    const again = await cli(['run', '--gateway', gateway.url, '--token', TOKEN, '-c',
      "print system.tag.readBlocking('Perspective/SessionCount')[0].value, [str(r['fullPath']) for r in system.tag.browse('[default]')]"]);
    expect(again.stdout).toBe("3 ['[default]Perspective', '[default]Counters']\n");
  }, 60_000);

  it('the tag API needs the token, and refuses malformed requests', async () => {
    const anonymous = await fetch(`${gateway.url}/data/api/v1/tags/read`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"paths":[]}' });
    expect(anonymous.status).toBe(401);
    const bad = await fetch(`${gateway.url}/data/api/v1/tags/write`, {
      method: 'POST', headers: { ...authHeaders(TOKEN), 'Content-Type': 'application/json' }, body: JSON.stringify({ writes: [{ path: 'Counters/Runs', value: 5 }] }),
    });
    expect(bad.status).toBe(400);
    const get = await fetch(`${gateway.url}/data/api/v1/tags/read`, { headers: authHeaders(TOKEN) });
    expect(get.status).toBe(405);
    const exported = await fetch(`${gateway.url}/data/api/v1/tags/export`, { headers: authHeaders(TOKEN) });
    expect(((await exported.json()) as { providers: Record<string, unknown> }).providers).toHaveProperty('default');
  });

  it('the status page lists the tags and the live session count', async () => {
    const page = await fetch(`${gateway.url}/web/status/sessions`, { headers: authHeaders(TOKEN) });
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<h2>Tags</h2>');
    expect(html).toMatch(/<td>\[System\]Gateway\/Perspective\/SessionCount<\/td><td>Int4<\/td><td>3<\/td><td>Good<\/td>/);
    expect(html).toMatch(/<td>\[default\]Counters\/Runs<\/td><td>Int4<\/td><td>41<\/td>/);
  });

  it('--tags is refused next to --gateway, and a bad gateway tag file stops the gateway command with 2', async () => {
    const both = await cli(['run', '--gateway', gateway.url, '--token', TOKEN, '--tags', join(dir, 'tags.json'), '-c', 'print 1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --tags or --gateway, not both');
    const badFile = join(dir, 'bad.json');
    await writeFile(badFile, '{"providers": {"default": {"tags": [{"name": "A", "dataType": "Int9"}]}}}');
    const started = await cli(['gateway', '--port', '0', '--token', TOKEN, '--tags', badFile]);
    expect(started.code).toBe(2);
    expect(started.stderr).toContain('bad.json: [default]A.dataType: dataType must be one of');
  });
});
