// Bundles the CLI, the library, the sandbox process and the guest runtime with esbuild (runs from `prepare`),
// and writes Skulpt (with our patch series applied) and the trimmed Skulpt library the sandbox loads.
import { build, transform } from 'esbuild';
import { applyToBundle, readPatchSeries } from './runtime/skulpt/apply-patches.mjs';
import { patchIsolatedVm } from './runtime/sandbox/patch-isolated-vm.mjs';
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import vm from 'node:vm';

const nodeBanner = "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);";
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none', metafile: true };
// Host-only native addons and database clients stay in node_modules (never bundled, never in the guest).
const external = ['playwright-core', 'bufferutil', 'utf-8-validate', 'isolated-vm', 'better-sqlite3', 'pg', 'pg-native'];
// CommonJS bundles: import.meta.url comes from the file's own path.
const cjs = {
  format: 'cjs',
  define: { 'import.meta.url': '__psImportMetaUrl' },
  banner: { js: "const __psImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

// dist/cli.cjs (the `bin`) is a small CommonJS stub: for `run` it starts the sandbox process before it loads
// anything else (a CommonJS entry gets there ~6 ms sooner than an ES module), so Skulpt loads there while the host
// loads the CLI (dist/cli-main.cjs), reads the script and validates the fixture.
// The CLI proper is a CommonJS bundle the stub compiles with a V8 code cache (as the sandbox does Skulpt), so a
// cold start does not spend ~40 ms compiling it; without a usable cache it is compiled from source.
const cliStub = `
import { codeCacheDir, prestartSandbox } from './runtime/sandbox/sandbox-process.ts';
const [command, ...rest] = process.argv.slice(2);
if (command === 'run' && !rest.some((a) => a === '-h' || a === '--help' || a.startsWith('--memory-limit'))) {
  try { prestartSandbox(); } catch { /* the session starts its own sandbox */ }
}
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { loadScript } = require('./runtime/sandbox/code-cache.ts');
const file = join(__dirname, 'cli-main.cjs');
const { script, save } = loadScript(file, codeCacheDir(), (text) => '(function (exports, require, module, __filename, __dirname) {' + text + '\\n})');
const main = { exports: {} };
script.runInThisContext()(main.exports, createRequire(file), main, file, dirname(file));
// Written once (when missing or stale), after the run, so it holds the functions the run compiled.
process.once('exit', save);
`;

// The guest bundle: the Python packages bindings/ contributes (java.*, the Python parts of system.*) are
// registered first, then the runtime boots (ES modules evaluate in import order), then the bindings' guest-side
// code (bindings/guest.ts) registers with the runtime as it is evaluated.
const guestEntry = `
import './bindings/guest-packages.ts';
import './runtime/guest/boot.ts';
import './bindings/guest.ts';
`;

/**
 * The Python sources the guest bundle imports (runtime/guest/modules/*.py, bindings' packages) are not put in
 * dist/guest.js, which every start loads: each import becomes a short marker string (LAZY_SOURCE_MARK + its
 * path), and the text goes to dist/python/. The guest resolves a marker when a module is first imported, through
 * the bridge (runtime/guest/library-sources.ts).
 */
const LAZY_SOURCE_MARK = '\u0000pysrc:';
const pythonSources = new Map();
const lazyPythonSources = {
  name: 'lazy-python-sources',
  setup(b) {
    b.onLoad({ filter: /\.py$/ }, (args) => {
      const key = relative(process.cwd(), args.path).split(sep).join('/');
      pythonSources.set(key, readFileSync(args.path, 'utf8'));
      return { contents: `export default ${JSON.stringify(LAZY_SOURCE_MARK + key)};`, loader: 'js' };
    });
  },
};

// The package's entries, each as an ES module and as CommonJS (package.json `exports`: import / require):
// the library (index.ts) and the live gateway (index-gateway.ts, `perspective-sandbox/gateway`).
const entries = [
  // ASCII, which the stub reads without UTF-8 decoding (~3 ms of a cold start).
  { entryPoints: ['scripts/cli.ts'], outfile: 'dist/cli-main.cjs', ...cjs, charset: 'ascii' },
  { entryPoints: ['index.ts'], outfile: 'dist/index.js', banner: { js: nodeBanner } },
  { entryPoints: ['index.ts'], outfile: 'dist/index.cjs', ...cjs },
  { entryPoints: ['index-gateway.ts'], outfile: 'dist/gateway.js', banner: { js: nodeBanner } },
  { entryPoints: ['index-gateway.ts'], outfile: 'dist/gateway.cjs', ...cjs },
  // The sandbox process runs as CommonJS: a process without the ES module loader starts faster.
  { entryPoints: ['runtime/sandbox/sandbox-main.ts'], outfile: 'dist/sandbox.cjs', ...cjs },
  // The SQLite process (bindings/db/sqlite): one per database file, killed to stop a statement.
  { entryPoints: ['bindings/db/sqlite/sqlite-process-main.ts'], outfile: 'dist/sqlite-process.cjs', ...cjs },
].filter((e) => existsSync(e.entryPoints[0]));

// isolated-vm with its patch series (rebuilt only when the series is not in its addon yet).
patchIsolatedVm({ root: dirname(createRequire(import.meta.url).resolve('isolated-vm/package.json')), log: (line) => console.log(line) });

// Skulpt first: the guest bundle embeds the start-up canaries compiled by the patched compiler.
await writePatchedSkulpt();
const canaryJs = await compileCanaries();

const builds = await Promise.all([
  ...entries.map((e) => build({ ...common, external, ...e })),
  build({
    ...common,
    ...cjs,
    stdin: { contents: cliStub, resolveDir: '.', sourcefile: 'cli-stub.ts', loader: 'ts' },
    outfile: 'dist/cli.cjs',
    external,
    banner: { js: `#!/usr/bin/env node\n${cjs.banner.js}` },
  }),
  // The guest runs inside the sandbox's isolate: no Node, no modules, one IIFE. The runtime's guest, then the
  // bindings' guest-side code (bindings/guest.ts), which registers with the runtime as it is evaluated.
  build({
    ...common, platform: 'neutral', format: 'iife', target: 'es2022', stdin: { contents: guestEntry, resolveDir: '.', sourcefile: 'guest-entry.ts', loader: 'ts' }, outfile: 'dist/guest.js', sourcemap: false,
    charset: 'ascii', plugins: [lazyPythonSources],
    define: {
      __PS_CANARY_JS__: JSON.stringify(canaryJs),
      __PS_LAZY_SOURCE_MARK__: JSON.stringify(LAZY_SOURCE_MARK),
      __PS_SKULPT_LIBRARY__: JSON.stringify(trimmedSkulptLibrary()),
    },
  }),
]);

// Skulpt is not bundled by esbuild: build.mjs writes it (dist/skulpt.min.js) and its library (dist/python).
writeThirdPartyNotices(new Set(['node_modules/skulpt', ...builds.flatMap((b) => bundledPackages(b.metafile))]));
// The CLI bundle is ASCII as well (its stub reads it so): only comments from node_modules are not, which charset
// 'ascii' leaves alone.
writeFileSync('dist/cli-main.cjs', escapeNonAscii(readFileSync('dist/cli-main.cjs', 'utf8')));
for (const f of ['skulpt.min.js', 'guest.js', 'cli-main.cjs']) {
  if (!isAscii(readFileSync(`dist/${f}`))) throw new Error(`build: dist/${f} is not ASCII (the sandbox reads it as such)`);
}
writeContentHashes(['cli-main.cjs', 'skulpt.min.js', 'guest.js']);
writePythonSources();
await writePrecompiledModules();

/** dist/python/: the sources the guest bundle refers to by marker (see lazyPythonSources); index.json maps each path to its file. */
function writePythonSources() {
  writeIndexedFolder('python', 'py', pythonSources, (file) => file);
}

/**
 * Writes each text of `texts` (key → text) to dist/<folder>/NNN.<ext>, numbered in key order (code-unit order,
 * so every machine numbers them alike), and dist/<folder>/index.json mapping each key to `entry(file, key)`.
 * The sandbox process serves them (runtime/sandbox/library-files.ts).
 */
function writeIndexedFolder(folder, ext, texts, entry) {
  rmSync(`dist/${folder}`, { recursive: true, force: true });
  mkdirSync(`dist/${folder}`, { recursive: true });
  const index = {};
  for (const [i, key] of [...texts.keys()].sort().entries()) {
    const file = `${String(i).padStart(3, '0')}.${ext}`;
    writeFileSync(`dist/${folder}/${file}`, texts.get(key));
    index[key] = entry(file, key);
  }
  writeFileSync(`dist/${folder}/index.json`, `${JSON.stringify(index, null, 1)}\n`);
}

/** What the sandbox process serves through the bridge's library(), for the build's own run of the guest. */
function libraryFromMemory(name) {
  return name.startsWith('source:') ? pythonSources.get(name.slice('source:'.length)) ?? '' : '';
}

/**
 * dist/compiled/: the library's Python modules (Skulpt's and ours), compiled once here by the sandbox's own
 * compiler, because Skulpt's compiler is slow (`import datetime` alone took ~400 ms at every run, and again after
 * every reset). Skulpt, its library and the guest run in a throw-away vm context exactly as in the sandbox
 * (same configuration, same compile hooks); every module is imported there and each compile of a bundled module
 * file is kept: `NNN.js` holds the generated code, `index.json` maps the module file to it. The sandbox process
 * serves them to the guest, which uses one only for the exact bundled text it was compiled from (see
 * runtime/guest/precompiled-modules.ts); anything else is compiled as before.
 */
async function writePrecompiledModules() {
  const context = vm.createContext({});
  // module(): '' (no module is compiled yet), so the guest compiles each one itself.
  context.__ps_bridge = { write: () => undefined, call: () => '{"ok":null}', sleep: () => 'slept', poll: () => 0, library: libraryFromMemory, module: () => '', compiled: () => undefined };
  for (const f of ['skulpt.min.js', 'guest.js']) vm.runInContext(readFileSync(`dist/${f}`, 'latin1'), context, { filename: f });
  const config = { limits: { timeoutMs: 600_000, outputLimitBytes: 1 << 20, recursionLimit: 1000, memoryLimitBytes: 1 << 30 }, modules: [], builtinModules: [], strings: 'unicode' };
  context.__psGuest.init(JSON.stringify(config));
  const files = context.Sk.builtinFiles.files;
  const compiled = new Map();
  const compile = context.Sk.compile;
  context.Sk.compile = function (source, filename, mode, canSuspend) {
    const out = compile.call(this, source, filename, mode, canSuspend);
    const text = Object.hasOwn(files, filename) ? files[filename] : undefined;
    const bundled = typeof text === 'string' && (text.startsWith(LAZY_SOURCE_MARK) ? libraryFromMemory(`source:${text.slice(LAZY_SOURCE_MARK.length)}`) : text);
    if (mode === 'exec' && canSuspend === true && bundled === source) compiled.set(filename, out);
    return out;
  };
  const modules = Object.keys(files).flatMap((path) => {
    const m = /^src\/lib\/([\w/]+?)(?:\/__init__)?\.py$/.exec(path);
    return m === null || m[1].split('/').includes('tests') ? [] : [m[1].replaceAll('/', '.')];
  });
  for (const name of modules) {
    const outcome = JSON.parse(context.__psGuest.exec(JSON.stringify({ source: `import ${name}`, filename: '<build>', mode: 'exec' })));
    if (outcome.exitCode !== 0 && !compiled.has(`src/lib/${name.replaceAll('.', '/')}.py`)) process.stderr.write(`build: not precompiled: ${name} (${outcome.error?.type ?? 'failed'})\n`);
  }
  // Whitespace and comments (the generated code quotes every source line in a comment) go: a quarter of the size.
  const codes = new Map();
  for (const [filename, out] of compiled) codes.set(filename, (await transform(out.code, { minifyWhitespace: true, charset: 'ascii' })).code);
  writeIndexedFolder('compiled', 'js', codes, (file, filename) => ({ file, funcname: compiled.get(filename).funcname }));
  writeContentHashes(readdirSync('dist/compiled').filter((f) => f.endsWith('.js')), 'dist/compiled');
}

/**
 * dist/content-hashes.json: the SHA-256 of the bundles whose V8 code caches are kept (runtime/sandbox/code-cache.ts
 * keys caches by it), so a start reads a small file instead of hashing megabytes.
 */
function writeContentHashes(files, dir = 'dist') {
  const hashes = Object.fromEntries(files.map((f) => [f, createHash('sha256').update(readFileSync(`${dir}/${f}`, 'utf8')).digest('hex')]));
  writeFileSync(`${dir}/content-hashes.json`, `${JSON.stringify(hashes, null, 2)}\n`);
}

/**
 * The boot canaries of the Python 2 runtime fixes (runtime/guest/py2/canary-probes.ts), compiled once here by the
 * patched Skulpt (its compiler takes tens of milliseconds for them, which every
 * cold start would pay); the guest runs the result at start-up. Compiled as the guest compiles: Python 2, with the
 * time check.
 */
async function compileCanaries() {
  const bundled = await build({ entryPoints: ['runtime/guest/py2/canary-probes.ts'], bundle: true, write: false, format: 'cjs', platform: 'neutral', logLevel: 'warning' });
  const probes = { exports: {} };
  vm.runInNewContext(bundled.outputFiles[0].text, { module: probes, exports: probes.exports });
  const { allCanaries, probeModule } = probes.exports;
  const context = vm.createContext({});
  vm.runInContext(readFileSync('dist/skulpt.min.js', 'utf8'), context);
  context.source = probeModule(allCanaries().map(([, canary]) => canary));
  vm.runInContext("Sk.configure({ __future__: Sk.python2, execLimit: 1, yieldLimit: null, output: function () {} });", context);
  const compiled = vm.runInContext("Sk.compile(source, '<canary>', 'exec', false)", context);
  if (compiled.funcname !== '$compiledmod') throw new Error('build: unexpected compiled canary module');
  return compiled.code;
}

/**
 * dist/skulpt.min.js: Skulpt 1.2.0 with the reviewed patch series of runtime/skulpt/patches/ applied (see the
 * header of each patch, and runtime/skulpt/apply-patches.mjs). The series is applied to Skulpt's unminified
 * bundle, whose modules are Skulpt's src/*.js verbatim, and the result is minified again. The build fails when a
 * patch does not apply. The file keeps its old name: runtime/assets.ts loads dist/skulpt.min.js.
 * Strict mode, as Skulpt's own minified build (Closure wraps it in 'use strict').
 */
async function writePatchedSkulpt() {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('skulpt/dist/skulpt.js'), 'utf8');
  const patched = applyToBundle(readPatchSeries('runtime/skulpt/patches'), bundle);
  // Assertions are off (patch 0002: assert() only returns its condition, fail() does nothing), so a call whose value
  // is unused is dropped, as Skulpt's own production build drops them; arguments with side effects stay.
  const { code } = await transform(`'use strict';\n${patched}`, {
    minify: true, target: 'es2020', legalComments: 'none', charset: 'ascii', pure: ['Sk.asserts.assert', 'Sk.asserts.fail'],
  });
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/skulpt.min.js', escapeNonAscii(code));
}

/**
 * The bundles the sandbox and the CLI stub evaluate are kept ASCII, so they are read without UTF-8 decoding. esbuild's
 * `charset: 'ascii'` leaves a few characters in regular expressions as they are; these are written as \\u escapes,
 * which mean the same in string literals and in regular expressions.
 */
function escapeNonAscii(code) {
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Skulpt's module library cut down to the modules harden.ts allows (the import hook refuses every other one
 * anyway), as markers: the texts go to dist/python, and a module's text is read when it is first imported. The
 * marker table goes into the guest bundle (__PS_SKULPT_LIBRARY__). STDLIB_ADDITIONS are appended to a Skulpt
 * module's text.
 */
function trimmedSkulptLibrary() {
  const STDLIB_ADDITIONS = { 'src/lib/datetime.py': 'runtime/guest/modules/datetime-patch.py' };
  // One-line corrections of Skulpt's copies, each [old, new]; the old text must occur exactly once.
  const STDLIB_EDITS = {
    // Python 2's StringIO keeps unicode as unicode; Skulpt's copy converts every non-str with str().
    'src/lib/StringIO.py': [
      ['        if not isinstance(buf, str):\n            buf = str(buf)', '        if not isinstance(buf, basestring):\n            buf = str(buf)'],
      ['        if not isinstance(s, str):\n            s = str(s)', '        if not isinstance(s, basestring):\n            s = str(s)'],
    ],
  };
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
    if (top === undefined || !allowed.has(top)) continue;
    // The texts go to dist/python like the guest's own sources (see lazyPythonSources), with our additions.
    const key = `skulpt/${path}`;
    let edited = text;
    for (const [old, replacement] of STDLIB_EDITS[path] ?? []) {
      if (edited.split(old).length !== 2) throw new Error(`build: ${path}: the text to correct does not occur exactly once`);
      edited = edited.replace(old, replacement);
    }
    pythonSources.set(key, edited + (STDLIB_ADDITIONS[path] === undefined ? '' : readFileSync(STDLIB_ADDITIONS[path], 'utf8')));
    kept[path] = LAZY_SOURCE_MARK + key;
  }
  return kept;
}

/** The folders of the npm packages whose code an esbuild metafile shows in a bundle. */
function bundledPackages(metafile) {
  return Object.keys(metafile.inputs).flatMap((path) => {
    const dir = /^(?:.*\/)?node_modules\/(?:@[^/]+\/)?[^/]+/.exec(path)?.[0];
    return dir === undefined ? [] : [dir];
  });
}

/**
 * THIRD_PARTY_NOTICES (at the package's root, shipped in the tarball): the licence of every package whose code
 * the build puts into dist/ (found in esbuild's metafiles, so a newly bundled package is listed without anyone
 * remembering to), since the bundles themselves carry no licence comments (legalComments: 'none').
 */
function writeThirdPartyNotices(packageDirs) {
  const packages = [...packageDirs].map((dir) => ({ dir, ...JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
  const parts = packages.sort((a, b) => (a.name < b.name ? -1 : 1)).map(({ dir, name, version, license }) => {
    const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
    if (licenseFile === undefined) throw new Error(`build: no licence file in ${dir} (a bundled package must ship its licence)`);
    return `${name} ${version} (${license})\n\n${readFileSync(join(dir, licenseFile), 'utf8').trim()}\n`;
  });
  const header = 'perspective-sandbox bundles the following packages into dist/ (the library, the CLI, the sandbox process\n'
    + 'and the code run inside the sandbox). Their licences follow. Generated by build.mjs.\n\n';
  writeFileSync('THIRD_PARTY_NOTICES', `${header}${parts.join('\n---\n\n')}`);
  rmSync('dist/THIRD-PARTY-NOTICES', { force: true });
}
