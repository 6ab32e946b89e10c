import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers.js';

/**
 * The package as an embedder gets it: packed, installed from the tarball into a fresh project (offline), and a
 * TypeScript program compiled against it with `tsc --strict` and run as an ES module and as CommonJS.
 * isolated-vm, a native addon, is not rebuilt: the install reuses this checkout's build of it (a copy holding
 * its JavaScript entry and compiled addon, installed as a local folder).
 */
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const BUNDLED = ['skulpt', 'zod', 'ws', 'ua-parser-js'];

interface PackedFile { readonly path: string }
interface PackResult { readonly filename: string; readonly files: readonly PackedFile[] }

let work: string;
let packedFiles: string[];
let app: string;

async function npmJson(args: string[], cwd: string): Promise<PackResult> {
  const { stdout } = await run(npm, [...args, '--json'], { cwd, maxBuffer: 64 << 20 });
  const [result] = JSON.parse(stdout) as PackResult[];
  if (result === undefined) throw new Error(`npm ${args.join(' ')} reported nothing`);
  return result;
}

/** isolated-vm as built in this checkout, without its build-time dependencies (prebuild-install) or install script. */
function reusedIsolatedVm(into: string): string {
  const source = join(REPO_ROOT, 'node_modules', 'isolated-vm');
  mkdirSync(join(into, 'out'), { recursive: true });
  for (const file of ['isolated-vm.js', 'include.js', 'isolated-vm.d.ts', 'LICENSE']) copyFileSync(join(source, file), join(into, file));
  copyFileSync(join(source, 'out', 'isolated_vm.node'), join(into, 'out', 'isolated_vm.node'));
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as Record<string, unknown>;
  const { dependencies: _dependencies, scripts: _scripts, gypfile: _gypfile, ...rest } = manifest;
  writeFileSync(join(into, 'package.json'), JSON.stringify(rest));
  return into;
}

/** Compiles the consumer program in `dir` (whose package.json says ESM or CommonJS) with tsc --strict. */
async function compileConsumer(dir: string): Promise<void> {
  copyFileSync(join(REPO_ROOT, 'test', 'package', 'consumer', 'consumer.ts'), join(dir, 'consumer.ts'));
  await run(process.execPath, [
    tsc, '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--lib', 'es2022,esnext.disposable', '--types', 'node', '--typeRoots', join(REPO_ROOT, 'node_modules', '@types'),
    '--outDir', join(dir, 'out'), join(dir, 'consumer.ts'),
  ], { cwd: dir }).catch((err: { stdout?: string; stderr?: string }) => {
    throw new Error(`tsc --strict failed in ${dir}:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'ps-package-'));
  // What `prepack` does (the bundles are already built by `npm test`): the declarations.
  await run(process.execPath, ['build-types.mjs'], { cwd: REPO_ROOT });
  packedFiles = (await npmJson(['pack', '--dry-run', '--ignore-scripts'], REPO_ROOT)).files.map((f) => f.path);
  const { filename } = await npmJson(['pack', '--ignore-scripts', '--pack-destination', work], REPO_ROOT);
  const ivm = reusedIsolatedVm(join(work, 'isolated-vm'));
  app = join(work, 'app');
  mkdirSync(join(app, 'cjs'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(join(app, 'cjs', 'package.json'), JSON.stringify({ type: 'commonjs' }));
  // The database clients are optional dependencies (system.db): left out here, as `--omit=optional` would for an embedder.
  await run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--omit=optional', '--install-links=false', ivm, join(work, filename)], { cwd: app });
}, 600_000);

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships declarations for both entries and formats, the licence and the third-party notices', () => {
    for (const file of ['dist/types/esm/index.d.ts', 'dist/types/esm/index-gateway.d.ts', 'dist/types/cjs/index.d.ts',
      'dist/types/cjs/index-gateway.d.ts', 'dist/index.js', 'dist/index.cjs', 'dist/gateway.js', 'dist/gateway.cjs', 'dist/cli.cjs',
      'LICENSE', 'THIRD_PARTY_NOTICES', 'package.json']) {
      expect(packedFiles, file).toContain(file);
    }
  });

  it('ships no tests, no TypeScript sources and no source maps', () => {
    const unwanted = packedFiles.filter((path) => path.startsWith('test/') || path.endsWith('.map')
      || (path.endsWith('.ts') && !path.endsWith('.d.ts')) || /^(runtime|bindings|gateway|scripts|doctest|repl|bench)\//.test(path));
    expect(unwanted).toEqual([]);
  });

  it('names every bundled package in THIRD_PARTY_NOTICES, with its licence text', () => {
    const notices = readFileSync(join(REPO_ROOT, 'THIRD_PARTY_NOTICES'), 'utf8');
    for (const name of [...BUNDLED, 'sax', 'pako', '@noble/hashes']) expect(notices).toMatch(new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    expect(notices).toContain('Permission is hereby granted');
  });

  it('installs without the packages it bundles: isolated-vm is its only dependency, the database clients optional', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'perspective-sandbox', 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(['isolated-vm']);
    expect(Object.keys(manifest.optionalDependencies ?? {}).sort()).toEqual(['better-sqlite3', 'pg']);
    for (const name of BUNDLED) expect(existsSync(join(app, 'node_modules', name)), name).toBe(false);
  });
});

describe('a TypeScript program using the installed package', () => {
  const expected = {
    stdout: 'hello 2\n',
    names: ['billy', 'alice'],
    value: { count: 2, enough: true, billy: 'a' },
    conversion: 'ValueConversionError',
    aborted: [true, 'Aborted'],
    globalsAfterAbort: ['billy', 'alice'],
    hardLimit: ['SandboxLimit', 'time'],
    restarted: [true, 'NameError'],
    afterRestart: 'alive\n',
    badOption: 'limits.timeoutSeconds',
    gatewayEntry: true,
    idle: '42\n',
  };

  // Each run must also end by itself: the last interpreter is never disposed (an idle one keeps nothing alive).
  it.each(['esm', 'cjs'] as const)('compiles with tsc --strict and runs as %s', async (format) => {
    const dir = format === 'esm' ? app : join(app, 'cjs');
    await compileConsumer(dir);
    const compiled = readFileSync(join(dir, 'out', 'consumer.js'), 'utf8');
    expect(compiled.includes('require("perspective-sandbox")')).toBe(format === 'cjs');
    const { stdout } = await run(process.execPath, [join(dir, 'out', 'consumer.js')], { cwd: dir, timeout: 120_000 });
    expect(JSON.parse(stdout)).toEqual(expected);
  }, 300_000);
});
