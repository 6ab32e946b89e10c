import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Interpreter } from '../../runtime/index.js';
import { isModuleName, readModuleCacheWants, updateModuleCacheWants } from '../../runtime/sandbox/module-cache-wants.js';

const root = mkdtempSync(join(tmpdir(), 'ps-module-caches-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The build's file for a library module (dist/compiled/index.json). */
function compiledFile(name: string): string {
  const index = JSON.parse(readFileSync(new URL('../../dist/compiled/index.json', import.meta.url), 'utf8')) as Record<string, { file: string }>;
  const entry = index[name];
  if (entry === undefined) throw new Error(`no compiled module ${name}`);
  return entry.file;
}

async function runIn(cacheDir: string, source: string): Promise<string> {
  const saved = process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
  process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'] = cacheDir;
  try {
    const interpreter = await Interpreter.create({});
    try {
      const result = await interpreter.exec(source);
      expect(result.stderr).toBe('');
      return result.stdout;
    } finally {
      await interpreter.dispose();
    }
  } finally {
    if (saved === undefined) delete process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
    else process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'] = saved;
  }
}

describe('V8 code caches of library modules', () => {
  it('are wanted after an import without one, made by the next start before guest input, then used', async () => {
    const dir = mkdtempSync(join(root, 'cache-'));
    chmodSync(dir, 0o700);
    const script = 'import datetime\nprint datetime.date(2024, 3, 1).strftime("%j %A")\n';
    const cacheOf = (file: string) => readdirSync(dir).filter((f) => f.startsWith(`${file}.isolate.`));
    const datetime = compiledFile('src/lib/datetime.py');

    expect(await runIn(dir, script)).toBe('061 Friday\n');
    expect(readModuleCacheWants(dir)).toContain('src/lib/datetime.py');
    expect(cacheOf(datetime)).toEqual([]);
    // A name the build has no module for is tried once, then dropped.
    updateModuleCacheWants(dir, { add: ['src/lib/no_such_module.py'] });

    expect(await runIn(dir, script)).toBe('061 Friday\n');
    expect(readModuleCacheWants(dir)).not.toContain('src/lib/datetime.py');
    expect(readModuleCacheWants(dir)).not.toContain('src/lib/no_such_module.py');
    expect(cacheOf(datetime)).toHaveLength(1);

    // With the cache: the same result, and nothing more wanted.
    expect(await runIn(dir, script)).toBe('061 Friday\n');
    expect(readModuleCacheWants(dir)).toEqual([]);
  });

  it('keep a list of wanted modules that admits only library module names, at most 32', () => {
    const dir = mkdtempSync(join(root, 'wants-'));
    chmodSync(dir, 0o700);
    for (const bad of ['../../etc/passwd', 'src/lib/../x.py', 'src/lib/a.js', '/src/lib/a.py', 'src/lib/a b.py', `src/lib/${'a'.repeat(300)}.py`]) {
      expect(isModuleName(bad)).toBe(false);
      updateModuleCacheWants(dir, { add: [bad] });
    }
    expect(readModuleCacheWants(dir)).toEqual([]);
    for (let i = 0; i < 40; i++) updateModuleCacheWants(dir, { add: [`src/lib/m${i}.py`] });
    const wants = readModuleCacheWants(dir);
    expect(wants).toHaveLength(32);
    updateModuleCacheWants(dir, { remove: wants.slice(0, 1) });
    expect(readModuleCacheWants(dir)).toEqual(wants.slice(1));
    // A file someone else could have written is not read.
    writeFileSync(join(dir, 'module-caches-wanted.json'), JSON.stringify(['src/lib/json.py', 7, null]));
    expect(readModuleCacheWants(dir)).toEqual(['src/lib/json.py']);
    chmodSync(dir, 0o777);
    expect(readModuleCacheWants(dir)).toEqual([]);
  });
});
