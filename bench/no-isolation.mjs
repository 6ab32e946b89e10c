// Bench-only: the same Skulpt + guest bundle and the same fixture host code as `perspective-sandbox run`, but
// evaluated in the main thread's own realm, with no sandbox process and no isolate (so no isolation at all).
// Used only to measure what isolation costs on a cold run. Usage: node bench/no-isolation.mjs FILE.py SESSIONS.json
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const dist = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));
const [file, sessionsFile] = process.argv.slice(2);
const { FixtureBackend, pyMapping } = await import(dist('index.js'));
// getSessionInfo's 8.0 keys, in the documented order (bindings/session.ts).
const KEYS = ['userAgent', 'id', 'username', 'project', 'uptime', 'clientAddress', 'lastComm', 'sessionScope', 'activePages', 'recentBytesSent', 'totalBytesSent', 'pageIds'];
const sessionObject = (record) => pyMapping('PyJsonObjectAdapter', Object.fromEntries(KEYS.map((k) => [k, record[k]])));
const backend = FixtureBackend.fromFile(sessionsFile);

// Host calls are served synchronously, in-thread (the real sandbox crosses two process boundaries and back).
function call(path, argsJson) {
  const args = JSON.parse(argsJson);
  if (path !== 'system.perspective.getSessionInfo') return JSON.stringify({ error: { type: 'AttributeError', message: path } });
  const records = backend.listSessions({ username: args[0] ?? null, project: args[1] ?? null });
  return JSON.stringify({ ok: records.map(sessionObject) });
}
globalThis.__ps_bridge = {
  write: (stream, text) => (stream === 1 ? process.stderr : process.stdout).write(text),
  call,
  sleep: () => undefined,
  poll: () => 0,
  library,
  module,
};
// Library sources and compiled modules as the sandbox process serves them (runtime/sandbox/library-files.ts and
// module-scripts.ts, which evaluates a module's code in the guest's realm).
function library(name) {
  const entry = name.startsWith('source:') && indexOf('python')[name.slice('source:'.length)];
  return entry ? readFileSync(dist(`python/${entry}`), 'utf8') : '';
}
function module(name) {
  const entry = indexOf('compiled')[name];
  if (!entry) return '';
  vm.runInThisContext(readFileSync(dist(`compiled/${entry.file}`), 'utf8'), { filename: dist(`compiled/${entry.file}`) });
  return entry.funcname;
}
const indexes = new Map();
function indexOf(folder) {
  if (!indexes.has(folder)) indexes.set(folder, JSON.parse(readFileSync(dist(`${folder}/index.json`), 'utf8')));
  return indexes.get(folder);
}
for (const name of ['skulpt.min.js', 'guest.js']) vm.runInThisContext(readFileSync(dist(name), 'utf8'), { filename: dist(name) });
const optional = (name) => ({ name, default: null });
globalThis.__psGuest.init(JSON.stringify({
  limits: { timeoutMs: 30_000, outputLimitBytes: 10_000_000, recursionLimit: 1000, memoryLimitBytes: 256 << 20 },
  modules: [{
    name: 'system', doc: '', functions: [], submodules: [{
      name: 'system.perspective', doc: '', submodules: [],
      functions: [{ name: 'getSessionInfo', params: [optional('usernameFilter'), optional('projectFilter')], doc: '' }],
    }],
  }],
  builtinModules: ['system'],
  strings: 'unicode',
}));
const outcome = JSON.parse(globalThis.__psGuest.exec(JSON.stringify({ source: readFileSync(file, 'utf8'), filename: file, mode: 'exec' })));
process.exitCode = outcome.exitCode;
