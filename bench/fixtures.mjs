// Deterministic session fixtures of any size for the benchmarks (written once to bench/.cache/).
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = join(dirname(fileURLToPath(import.meta.url)), '.cache');

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 PerspectiveMobile/8.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Designer/8.1',
];
const SCOPES = ['browser', 'browser', 'ios', 'android', 'designer'];
export const PROJECTS = ['MyProject', 'Plant1', 'Plant2', 'Packaging', 'Utilities', 'Quality', 'Warehouse', 'Shipping', 'HMI', 'Reports'];

/**
 * n complete session records (every key, so the Jython model reads the same file): ~4 sessions per user,
 * 10 projects, "billy" has 3 sessions (2 in MyProject), 5% unauthenticated.
 */
export function makeSessions(n) {
  return [...sessionStream(n)];
}

/** The sessions of makeSessions(n), one at a time (a 1M-session fixture is ~400 MB of JSON). */
function* sessionStream(n) {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const users = Math.max(10, Math.floor(n / 4));
  for (let i = 0; i < n; i++) {
    const billy = i < 3;
    const pages = Math.floor(rand() * 4);
    const agent = Math.floor(rand() * AGENTS.length);
    const session = {
      userAgent: AGENTS[agent],
      id: `s-${i.toString(16).padStart(8, '0')}-${Math.floor(rand() * 1e9).toString(36)}`,
      username: billy ? 'billy' : rand() > 0.05 ? `user${Math.floor(rand() * users)}` : 'Unauthenticated',
      project: billy ? (i < 2 ? 'MyProject' : 'Plant1') : PROJECTS[Math.floor(rand() * PROJECTS.length)],
      uptime: Math.floor(rand() * 86_400_000),
      clientAddress: `10.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}`,
      lastComm: Math.floor(rand() * 5000),
      sessionScope: SCOPES[agent],
      activePages: pages,
      recentBytesSent: Math.floor(rand() * 10_000),
      totalBytesSent: Math.floor(rand() * 50_000_000),
      pageIds: Array.from({ length: pages }, (_, k) => `p${i}x${k}`),
    };
    session.authorized = session.username !== 'Unauthenticated';
    yield session;
  }
}

/** Path of the n-session fixture file, written on first use. */
export function fixtureFile(n) {
  const path = join(CACHE_DIR, `sessions-${n}.json`);
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    // Written in batches, so no single string holds the whole file.
    const fd = openSync(`${path}.tmp`, 'w');
    let batch = [];
    let first = true;
    const flush = () => {
      if (batch.length > 0) writeSync(fd, (first ? '[' : ',') + batch.map((s) => JSON.stringify(s)).join(','));
      first &&= batch.length === 0;
      batch = [];
    };
    for (const session of sessionStream(n)) {
      batch.push(session);
      if (batch.length === 10_000) flush();
    }
    flush();
    writeSync(fd, first ? '[]' : ']');
    closeSync(fd);
    renameSync(`${path}.tmp`, path);
  }
  return path;
}
