import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeCachePath, readCodeCache, writeCodeCache } from '../../runtime/sandbox/code-cache.js';

const root = mkdtempSync(join(tmpdir(), 'ps-code-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('V8 code cache files', () => {
  it('round-trip in a private directory, keyed by the exact source', () => {
    const dir = join(root, 'private');
    const path = codeCachePath(dir, '/x/script.js', 'var a = 1;', 'isolate');
    writeCodeCache(path, dir, Buffer.from('cache bytes'));
    expect(readCodeCache(path, dir)?.toString()).toBe('cache bytes');
    expect(codeCachePath(dir, '/x/script.js', 'var a = 2;', 'isolate')).not.toBe(path);
    expect(codeCachePath(dir, '/x/script.js', 'var a = 1;', 'vm')).not.toBe(path);
  });

  it('are ignored when truncated, or when others can write the directory', () => {
    const dir = join(root, 'checks');
    const path = codeCachePath(dir, '/x/script.js', 'var b = 1;', 'isolate');
    writeCodeCache(path, dir, Buffer.from('0123456789'));
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 3), { mode: 0o600 });
    expect(readCodeCache(path, dir)).toBeUndefined();
    writeCodeCache(path, dir, Buffer.from('0123456789'));
    expect(readCodeCache(path, dir)?.toString()).toBe('0123456789');
    chmodSync(dir, 0o777);
    expect(readCodeCache(path, dir)).toBeUndefined();
    const shared = join(root, 'shared');
    mkdirSync(shared, { mode: 0o777 });
    chmodSync(shared, 0o777);
    writeCodeCache(join(shared, 'x.v8cache'), shared, Buffer.from('data'));
    expect(readCodeCache(join(shared, 'x.v8cache'), shared)).toBeUndefined();
  });

  it('replace the cache of the same file and consumer under an older key, and keep the others', () => {
    const dir = join(root, 'superseded');
    const old = codeCachePath(dir, '/x/script.js', 'var c = 1;', 'isolate');
    const otherConsumer = codeCachePath(dir, '/x/script.js', 'var c = 1;', 'vm');
    const otherFile = codeCachePath(dir, '/x/other.js', 'var c = 1;', 'isolate');
    for (const path of [old, otherConsumer, otherFile]) writeCodeCache(path, dir, Buffer.from('old'));
    const current = codeCachePath(dir, '/x/script.js', 'var c = 22;', 'isolate');
    writeCodeCache(current, dir, Buffer.from('new'));
    expect(readdirSync(dir).sort()).toEqual([current, otherConsumer, otherFile].map((p) => basename(p)).sort());
  });
});
