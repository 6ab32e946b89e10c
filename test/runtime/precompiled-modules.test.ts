import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Interpreter } from '../../runtime/index.js';
import { CompiledModules } from '../../runtime/sandbox/compiled-modules.js';
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
    const bundled = `Sk.builtinFiles.files['src/lib/json.py']`;
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
    expect(result.ok).toBe(true);
    expect(result.stdout).toBe('Tuesday 002 {"a": [1, 2.5]}\n3.305 [(\'a\', 2)]\n');
  });
});

describe('CompiledModules (the sandbox process side)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ps-compiled-'));
  writeFileSync(join(dir, '000.js'), 'var code = 1;');
  writeFileSync(join(dir, 'index.json'), JSON.stringify({
    'src/lib/a.py': { file: '000.js', funcname: '$compiledmod' },
    'src/lib/b.py': { file: '../../etc/passwd', funcname: '$compiledmod' },
    'src/lib/c.py': { file: '000.js', funcname: 'x; alert(1)' },
  }));

  it('serves only files the index names, by their plain numbered name', () => {
    const modules = new CompiledModules(dir);
    expect(modules.get('src/lib/a.py')).toBe('$compiledmod\nvar code = 1;');
    expect(modules.get('src/lib/b.py')).toBe('');
    expect(modules.get('src/lib/c.py')).toBe('');
    expect(modules.get('src/lib/missing.py')).toBe('');
    expect(modules.get('__proto__')).toBe('');
  });

  it('serves nothing without a build index', () => {
    expect(new CompiledModules(undefined).get('src/lib/a.py')).toBe('');
    expect(new CompiledModules(join(dir, 'nowhere')).get('src/lib/a.py')).toBe('');
  });
});
