import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { privateDir } from './code-cache.js';

/**
 * The library modules a sandbox evaluated without a code cache (its moduleCacheWanted messages), kept by the host
 * in the cache directory so that the next start makes their caches before any guest input runs (init's
 * moduleCaches), after which they are dropped from the list. The sandbox names them, so a name is only a wish: a
 * start makes caches only for modules the build wrote, at most MAX_WANTS of them.
 */
const FILE = 'module-caches-wanted.json';
const MAX_WANTS = 32;
/** A module file of the library ('src/lib/json.py', 'src/lib/java/lang/__init__.py'). */
const MODULE_NAME = /^src\/lib\/[\w/]+\.py$/;

export function isModuleName(name: string): boolean {
  return name.length <= 200 && MODULE_NAME.test(name);
}

export function readModuleCacheWants(cacheDir: string): string[] {
  if (!privateDir(cacheDir)) return [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(cacheDir, FILE), 'utf8'));
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string' && isModuleName(n)).slice(0, MAX_WANTS) : [];
  } catch {
    return [];
  }
}

/** Adds and removes names (written whole, by rename; a file we cannot write only costs start-up time). */
export function updateModuleCacheWants(cacheDir: string, change: { add?: readonly string[]; remove?: readonly string[] }): void {
  if (!privateDir(cacheDir)) return;
  const wants = new Set(readModuleCacheWants(cacheDir));
  for (const name of change.add ?? []) if (isModuleName(name)) wants.add(name);
  for (const name of change.remove ?? []) wants.delete(name);
  const path = join(cacheDir, FILE);
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify([...wants].slice(-MAX_WANTS)), { mode: 0o600 });
    renameSync(tmp, path);
  } catch {
    // Ignored, as above.
  }
}
