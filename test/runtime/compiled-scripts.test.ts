import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Interpreter } from '../../runtime/index.js';
import { writeCodeCache } from '../../runtime/sandbox/code-cache.js';
import { CompiledScripts } from '../../runtime/sandbox/compiled-scripts.js';
import { sandboxSetup } from '../../runtime/sandbox/sandbox-process.js';
import { EVAL_GUEST_JAVASCRIPT } from '../../runtime/sandbox/test-hooks.js';

const root = mkdtempSync(join(tmpdir(), 'ps-compiled-scripts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function privateCacheDir(): string {
  const dir = mkdtempSync(join(root, 'cache-'));
  chmodSync(dir, 0o700);
  return dir;
}

/** Runs each source in turn in one interpreter whose code cache directory is `cacheDir`; their stdout. */
async function runIn(cacheDir: string, sources: readonly string[], filename = 'script.py'): Promise<string[]> {
  const saved = process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
  process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'] = cacheDir;
  try {
    const interpreter = await Interpreter.create({});
    try {
      const out: string[] = [];
      for (const source of sources) {
        const result = await interpreter.exec(source, { filename });
        expect(result.stderr).toBe('');
        out.push(result.stdout);
      }
      return out;
    } finally {
      await interpreter.dispose();
    }
  } finally {
    if (saved === undefined) delete process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
    else process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'] = saved;
  }
}

const compiledFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.compiled'));

describe('compiled scripts kept in the code cache directory', () => {
  const scripts = (dir: string) => new CompiledScripts(dir, sandboxSetup(256).scripts);

  it('are written by the first run of a fresh sandbox and used by the next one, for the same source only', async () => {
    const dir = privateCacheDir();
    const source = 'x = 6 * 7\nprint "answer", x\n';
    expect(await runIn(dir, [source])).toEqual(['answer 42\n']);
    expect(compiledFiles(dir)).toHaveLength(1);
    const kept = scripts(dir).read('script.py', source);
    expect(kept?.name).toMatch(/^script\.py/);

    // The next fresh sandbox runs the kept module instead of compiling: an entry changed by hand shows it.
    scripts(dir).write('script.py', source, { ...kept!, code: kept!.code.replaceAll('answer', 'kept') });
    expect(await runIn(dir, [source])).toEqual(['kept 42\n']);

    // Another source under the same name is compiled, and replaces the entry.
    const other = 'print "other"\n';
    expect(await runIn(dir, [other])).toEqual(['other\n']);
    expect(compiledFiles(dir)).toHaveLength(1);
    expect(scripts(dir).read('script.py', source)).toBeUndefined();
    expect(scripts(dir).read('script.py', other)).toBeDefined();
  });

  it('are taken only from the first request of a sandbox process', async () => {
    const dir = privateCacheDir();
    expect(await runIn(dir, ['a = 1\n', 'print "second"\n'], 'two.py')).toEqual(['', 'second\n']);
    expect(scripts(dir).read('two.py', 'a = 1\n')).toBeDefined();
    expect(scripts(dir).read('two.py', 'print "second"\n')).toBeUndefined();
  });

  it('are not written after guest JavaScript has run in the process', async () => {
    const dir = privateCacheDir();
    const saved = process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
    process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'] = dir;
    try {
      const interpreter = await Interpreter.createWithTestHooks({});
      try {
        await interpreter[EVAL_GUEST_JAVASCRIPT]('1 + 1');
        expect((await interpreter.exec('print "after"\n', { filename: 'hooked.py' })).stdout).toBe('after\n');
      } finally {
        await interpreter.dispose();
      }
    } finally {
      if (saved === undefined) delete process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'];
      else process.env['PERSPECTIVE_SANDBOX_CACHE_DIR'] = saved;
    }
    expect(compiledFiles(dir)).toEqual([]);
  });

  it('ignore an entry of another engine or file name, or one that is not an entry', () => {
    const dir = privateCacheDir();
    const compiled = { name: 'a.py#ps-run-1', funcname: '$compiledmod', code: 'var $compiledmod = 1;' };
    scripts(dir).write('a.py', 'pass\n', compiled);
    expect(scripts(dir).read('a.py', 'pass\n')).toEqual(compiled);
    expect(scripts(dir).read('b.py', 'pass\n')).toBeUndefined();
    expect(new CompiledScripts(dir, []).read('a.py', 'pass\n')).toBeUndefined();
    const [file] = compiledFiles(dir);
    for (const text of ['not json', '{"engine": 1}', JSON.stringify({ compiled })]) {
      writeCodeCache(join(dir, file as string), dir, Buffer.from(text));
      expect(scripts(dir).read('a.py', 'pass\n')).toBeUndefined();
    }
  });
});
