import type { createHash as CreateHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import vm from 'node:vm';
import { bytesText } from './bytes-text.js';

/**
 * V8 code caches for the large scripts Node evaluates: the CLI bundle here (vm.Script), and Skulpt, its stdlib
 * and the guest bundle in the sandbox's isolate (see sandbox-main.ts).
 * A cache file is used only when (1) its name carries the SHA-256 of the exact source text (taken from the
 * build's dist/content-hashes.json, so a start does not hash megabytes; files the build did not write are
 * hashed), the Node version and the architecture, (2) it lies in a directory owned by this user and writable by
 * nobody else, and is itself so, (3) its header gives the length it has (files are written whole, by rename),
 * and (4) V8 accepts it (`cachedDataRejected` false). Anything else is ignored and the script is compiled from
 * source; a fresh cache is written after the first successful start.
 */
export interface CachedScript {
  readonly script: vm.Script;
  /** Writes the cache if it was missing or rejected. Call after the script has run, so lazily compiled functions are in it. */
  save(): void;
}

const MAGIC = 'psvc2';
/** The file the build writes beside the bundles: SHA-256 of each, by file name. */
export const CONTENT_HASHES_FILE = 'content-hashes.json';

/**
 * Compiles `file` (with a code cache in `cacheDir` when it has a valid one). `wrap` turns the file's text into
 * the script's source, e.g. a CommonJS module into a function expression; the cache key covers the result.
 */
export function loadScript(file: string, cacheDir: string | undefined, wrap?: (text: string) => string): CachedScript {
  const text = readSourceText(file);
  const source = wrap === undefined ? text : wrap(text);
  if (cacheDir === undefined) return { script: new vm.Script(source, { filename: file }), save: () => undefined };
  const path = codeCachePath(cacheDir, file, wrap === undefined ? text : source, wrap === undefined ? 'vm' : 'vm-wrapped');
  const cachedData = readCodeCache(path, cacheDir);
  const script = new vm.Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const fresh = cachedData !== undefined && !script.cachedDataRejected;
  return { script, save: () => { if (!fresh) writeCodeCache(path, cacheDir, script.createCachedData()); } };
}

/** A script's text (see bytesText: the build writes its bundles as ASCII). */
export function readSourceText(file: string): string {
  return bytesText(readFileSync(file));
}

/**
 * Where the cache of `source` (the text of `file`, or a wrapper of it) lives: keyed by the text's hash, the Node
 * version, the arch and the consumer.
 */
export function codeCachePath(cacheDir: string, file: string, source: string, consumer: 'vm' | 'vm-wrapped' | 'isolate'): string {
  return join(cacheDir, `${basename(file)}.${consumer}.${process.version}-${process.arch}.${source.length}.${contentHash(file, source).slice(0, 32)}.v8cache`);
}

/** The SHA-256 of a file's text (`source`, else read): the build's, else hashed here. */
export function contentHash(file: string, source?: string): string {
  return buildHashes(dirname(file))[basename(file)] ?? sha256(source ?? readSourceText(file));
}

/**
 * Hashes a file the build did not list. node:crypto is loaded only then: in the sandbox process its first load
 * costs several milliseconds of a cold start, and every file a start reads is listed.
 */
function sha256(text: string): string {
  const { createHash } = createRequire(import.meta.url)('node:crypto') as { createHash: typeof CreateHash };
  return createHash('sha256').update(text).digest('hex');
}

const hashesByDir = new Map<string, Record<string, string>>();

function buildHashes(dir: string): Record<string, string> {
  let hashes = hashesByDir.get(dir);
  if (hashes === undefined) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(dir, CONTENT_HASHES_FILE), 'utf8'));
      hashes = typeof parsed === 'object' && parsed !== null ? Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string' && /^[0-9a-f]{64}$/.test(e[1]))) : {};
    } catch {
      hashes = {};
    }
    hashesByDir.set(dir, hashes);
  }
  return hashes;
}

const HEADER_BYTES = MAGIC.length + 12;

function cacheHeader(length: number): string {
  return MAGIC + String(length).padStart(12, '0');
}

/** A directory owned by this user and writable by nobody else. */
export function privateDir(dir: string): boolean {
  try {
    const st = statSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || st.uid === uid) && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** A valid cache file's data (see the conditions above), or undefined. */
export function readCodeCache(path: string, dir: string): Buffer | undefined {
  if (!privateDir(dir)) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    const uid = process.getuid?.();
    if ((uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0) return undefined;
    const raw = readFileSync(fd);
    const header = raw.subarray(0, HEADER_BYTES).toString('latin1');
    const data = raw.subarray(HEADER_BYTES);
    if (header !== cacheHeader(data.length)) return undefined;
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes a cache file atomically, only into a private directory. */
export function writeCodeCache(path: string, dir: string, data: Uint8Array): void {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!privateDir(dir)) return;
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    const header = Buffer.from(cacheHeader(data.length), 'latin1');
    writeFileSync(tmp, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(tmp, path);
    removeSupersededCaches(path, dir);
  } catch {
    // A cache we cannot write only costs start-up time.
  }
}

/**
 * Removes the caches of the same file and consumer under other keys (earlier builds or Node versions), so the
 * directory holds one cache per script instead of growing with every build.
 */
function removeSupersededCaches(path: string, dir: string): void {
  const name = basename(path);
  // `<file>.<consumer>.` (see codeCachePath); the rest of the name is the key.
  const family = /^(.+\.(?:vm|vm-wrapped|isolate)\.)v\d/.exec(name)?.[1];
  if (family === undefined) return;
  for (const other of readdirSync(dir)) {
    if (other !== name && other.startsWith(family) && other.endsWith('.v8cache')) rmSync(join(dir, other), { force: true });
  }
}
