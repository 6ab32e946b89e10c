// Bundles the CLI, the library, the sandbox process and the guest runtime with esbuild (runs from `prepare`),
// and writes the trimmed Skulpt library the sandbox loads.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';

const nodeBanner = "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);";
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };
const external = ['playwright-core', 'bufferutil', 'utf-8-validate', 'isolated-vm'];
// CommonJS bundles: import.meta.url comes from the file's own path.
const cjs = {
  format: 'cjs',
  define: { 'import.meta.url': '__psImportMetaUrl' },
  banner: { js: "const __psImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
// Skulpt's str interning is bounded to short strings and this many of them (see writePatchedSkulpt).
const INTERN_MAX_LENGTH = 32;
const INTERN_MAX_COUNT = 20_000;

// dist/cli.js is a small stub: for `run` it starts the sandbox process at once, so Skulpt loads there while
// the host loads the CLI (dist/cli-main.cjs), reads the script and validates the fixture.
// The CLI proper is a CommonJS bundle the stub compiles with a V8 code cache (as the sandbox does Skulpt), so a
// cold start does not spend ~40 ms compiling it; without a usable cache it is compiled from source.
const cliStub = `
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScript } from './runtime/sandbox/code-cache.ts';
import { codeCacheDir, prestartSandbox } from './runtime/sandbox/sandbox-process.ts';
const [command, ...rest] = process.argv.slice(2);
if (command === 'run' && !rest.some((a) => a === '-h' || a === '--help' || a.startsWith('--memory-limit'))) {
  try { prestartSandbox(); } catch { /* the session starts its own sandbox */ }
}
const file = fileURLToPath(new URL('./cli-main.cjs', import.meta.url));
const { script, save } = loadScript(file, codeCacheDir(), (text) => '(function (exports, require, module, __filename, __dirname) {' + text + '\\n})');
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
// Written once (when missing or stale), after the run, so it holds the functions the run compiled.
process.once('exit', save);
`;

const entries = [
  { entryPoints: ['scripts/cli.ts'], outfile: 'dist/cli-main.cjs', ...cjs },
  { entryPoints: ['index.ts'], outfile: 'dist/index.js', banner: { js: nodeBanner } },
  // The sandbox process runs as CommonJS: a process without the ES module loader starts faster.
  { entryPoints: ['runtime/sandbox/sandbox-main.ts'], outfile: 'dist/sandbox.cjs', ...cjs },
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all([
  ...entries.map((e) => build({ ...common, external, ...e })),
  build({
    ...common,
    stdin: { contents: cliStub, resolveDir: '.', sourcefile: 'cli-stub.ts', loader: 'ts' },
    outfile: 'dist/cli.js',
    external,
    banner: { js: `#!/usr/bin/env node\n${nodeBanner}` },
  }),
  // The guest runs inside the sandbox's isolate: no Node, no modules, one IIFE.
  build({ ...common, platform: 'neutral', format: 'iife', target: 'es2022', entryPoints: ['runtime/guest/boot.ts'], outfile: 'dist/guest.js', sourcemap: false, loader: { '.py': 'text' } }),
]);

writeTrimmedStdlib();
writePatchedSkulpt();

/**
 * dist/skulpt.min.js: Skulpt 1.2.0 with one change. Its str constructor interns every string it ever makes in
 * a process-wide table that is never emptied, so a loop that formats 100k lines keeps all of them alive and
 * pays a hash-table insert for each (the largest single cost in string-heavy scripts, and the heap growth of
 * long-lived sessions). We intern only short strings (identifiers, keys, small values), and only the first
 * INTERN_MAX_COUNT of them (Skulpt's own names come first, at start-up), as CPython interns mostly identifiers;
 * `is` on other equal strings made at run time is then False, as in CPython and Jython.
 */
function writePatchedSkulpt() {
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('skulpt/dist/skulpt.min.js'), 'utf8');
  const table = 'var g=/^[0-9!#_]/,n=Object.create(null);';
  const intern = 'var b=n[a];if(void 0!==b)return b;n[a]=this;';
  if (source.split(table).length !== 2 || source.split(intern).length !== 2) {
    throw new Error('build: Skulpt str interning code not found; check the skulpt version');
  }
  writeFileSync('dist/skulpt.min.js', source
    .replace(table, 'var g=/^[0-9!#_]/,n=Object.create(null),$psInterned=0;')
    .replace(intern, `var b=n[a];if(void 0!==b)return b;if(a.length<=${INTERN_MAX_LENGTH}&&$psInterned<${INTERN_MAX_COUNT})n[a]=this,$psInterned++;`));
}

/**
 * dist/skulpt-stdlib.js: Skulpt's module library cut down to the modules harden.ts allows (the import hook
 * refuses every other one anyway), so the sandbox reads and compiles ~1/4 of it.
 */
function writeTrimmedStdlib() {
  const harden = readFileSync('runtime/guest/harden.ts', 'utf8');
  const list = /export const ALLOWED_MODULES[^=]*=\s*new Set\(\[([^\]]*)\]\)/.exec(harden)?.[1];
  if (list === undefined) throw new Error('build: ALLOWED_MODULES not found in runtime/guest/harden.ts');
  const allowed = new Set([...list.matchAll(/'([^']+)'/g)].map((m) => m[1]));
  const require = createRequire(import.meta.url);
  const source = readFileSync(require.resolve('skulpt/dist/skulpt-stdlib.js'), 'utf8');
  const sandbox = { Sk: {} };
  vm.runInNewContext(source, sandbox);
  const files = sandbox.Sk.builtinFiles.files;
  const kept = {};
  for (const [path, text] of Object.entries(files)) {
    const top = /^src\/(?:lib|builtin)\/([A-Za-z_]\w*)/.exec(path)?.[1];
    if (top !== undefined && allowed.has(top)) kept[path] = text;
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/skulpt-stdlib.js', `Sk.builtinFiles=${JSON.stringify({ files: kept })};`);
}
