import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interpreter } from '../../runtime/index.js';
import { LibraryFiles } from '../../runtime/sandbox/library-files.js';
import { EVAL_GUEST_JAVASCRIPT } from '../../runtime/sandbox/test-hooks.js';

/**
 * Library modules come compiled from the build (dist/compiled): the guest's compiler only sees scripts and text
 * that is not a bundled module's exact text. The generated code the build keeps has no comments, so whether a
 * compile came from the build shows in the code.
 */
describe('precompiled library modules', () => {
  let interpreter: Interpreter;
  const js = (code: string): Promise<unknown> => interpreter[EVAL_GUEST_JAVASCRIPT](code);
  const compileHas = (text: string, file: string, needle: string) => js(`Sk.compile(${text}, ${JSON.stringify(file)}, 'exec', true).code.includes(${JSON.stringify(needle)})`);

  beforeAll(async () => {
    interpreter = await Interpreter.createWithTestHooks({});
  });
  afterAll(async () => {
    await interpreter.dispose();
  });

  it('serves a bundled module from the build, and compiles other text under the same name', async () => {
    // The bundle holds a marker; the source itself is in dist/python (see lazyPythonSources in build.mjs).
    const index = JSON.parse(readFileSync(new URL('../../dist/python/index.json', import.meta.url), 'utf8')) as Record<string, string>;
    const bundled = JSON.stringify(readFileSync(new URL(`../../dist/python/${index['runtime/guest/modules/json.py']}`, import.meta.url), 'utf8'));
    expect(await compileHas(bundled, 'src/lib/json.py', '// line')).toBe(false);
    expect(await compileHas(`${bundled} + '\\nx = 1\\n'`, 'src/lib/json.py', '// line')).toBe(true);
    expect(await compileHas(`'import json\\n'`, '<string>', '// line')).toBe(true);
  });

  it('imports them with the behaviour of a fresh compile', async () => {
    const result = await interpreter.exec([
      'import datetime, json, decimal, collections',
      'print datetime.date(2024, 1, 2).strftime("%A %j"), json.dumps({"a": [1, 2.5]}, sort_keys=True)',
      'print decimal.Decimal("1.10") + decimal.Decimal("2.205"), collections.Counter("abca").most_common(1)',
    ].join('\n'));
    expect(result.stderr).toBe('');
    expect(result.ok).toBe(true);
    expect(result.stdout).toBe('Tuesday 002 {"a": [1, 2.5]}\n3.305 [(\'a\', 2)]\n');
  });
});

describe('LibraryFiles (the sandbox process side)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-library-'));
  mkdirSync(join(dir, 'compiled'));
  mkdirSync(join(dir, 'python'));
  writeFileSync(join(dir, 'compiled', '000.js'), 'var code = 1;');
  writeFileSync(join(dir, 'compiled', 'index.json'), JSON.stringify({
    'src/lib/a.py': { file: '000.js', funcname: '$compiledmod' },
    'src/lib/b.py': { file: '../../etc/passwd', funcname: '$compiledmod' },
    'src/lib/c.py': { file: '000.js', funcname: 'x; alert(1)' },
  }));
  writeFileSync(join(dir, 'python', '000.py'), 'x = 1\n');
  writeFileSync(join(dir, 'python', 'index.json'), JSON.stringify({ 'runtime/guest/modules/a.py': '000.py', 'b.py': '../000.py' }));

  it('serves only files an index names, by their plain numbered name', () => {
    const library = new LibraryFiles(dir);
    expect(library.compiledModule('src/lib/a.py')).toEqual({ path: join(dir, 'compiled', '000.js'), funcname: '$compiledmod', text: 'var code = 1;' });
    for (const name of ['src/lib/b.py', 'src/lib/c.py', 'src/lib/missing.py', '__proto__', 'compiled:src/lib/a.py']) expect(library.compiledModule(name)).toBeUndefined();
    expect(library.get('source:runtime/guest/modules/a.py')).toBe('x = 1\n');
    // Compiled modules are evaluated by the sandbox (module-scripts.ts), never handed to the guest as text.
    for (const name of ['compiled:src/lib/a.py', 'source:b.py', 'other:src/lib/a.py', '__proto__:x', 'src/lib/a.py']) {
      expect(library.get(name)).toBe('');
    }
  });

  it('serves nothing without a build index', () => {
    expect(new LibraryFiles(undefined).compiledModule('src/lib/a.py')).toBeUndefined();
    expect(new LibraryFiles(join(dir, 'nowhere')).get('source:runtime/guest/modules/a.py')).toBe('');
  });
});

describe('the guest bundle', () => {
  it('carries no library Python source, only markers resolved from dist/python', () => {
    const guest = readFileSync(new URL('../../dist/guest.js', import.meta.url), 'utf8');
    const index = JSON.parse(readFileSync(new URL('../../dist/python/index.json', import.meta.url), 'utf8')) as Record<string, string>;
    expect(Object.keys(index)).toContain('runtime/guest/modules/json.py');
    expect(guest).toContain('pysrc:runtime/guest/modules/json.py');
    expect(guest).not.toContain('class JSONEncoder(object)');
  });
});
