import { basename, join } from 'node:path';
import type { CompiledScript } from '../wire.js';
import { contentHash, readCodeCache, writeCodeCache } from './code-cache.js';

/**
 * Scripts compiled by the guest's compiler (Skulpt's generated JavaScript), kept in the code cache directory as
 * Python keeps .pyc files: a script run again in a fresh sandbox skips the compiler, which takes about half a
 * millisecond a line at a cold start (4 ms for examples/billy.py, 11 ms for a 22-line script).
 *
 * One file per script name (`<base name>.<hash of the name>.compiled`), in the same private files as V8 code
 * caches (code-cache.ts). It holds the script's name, its exact source and the engine it was compiled by (the
 * content hashes of the sandbox's bundles); an entry is used only when all three are equal, compared as text.
 *
 * What is trusted, and when: the sandbox sends a compiled script only for the first request a fresh sandbox
 * process serves (see Interpreter), and the guest sends it right after compiling, before the script runs. Nothing
 * of any guest ran in that process before, so the generated code is the compiler's own output for that source.
 */
export class CompiledScripts {
  private readonly engine: string;

  constructor(private readonly cacheDir: string, scripts: readonly string[]) {
    this.engine = scripts.map((file) => `${basename(file)}:${contentHash(file)}`).join(',');
  }

  /** The compiled module of exactly this source under this name, if one was kept. */
  read(filename: string, source: string): CompiledScript | undefined {
    const data = readCodeCache(this.path(filename), this.cacheDir);
    if (data === undefined) return undefined;
    try {
      const entry = JSON.parse(data.toString('utf8')) as Partial<Entry>;
      if (entry.engine !== this.engine || entry.filename !== filename || entry.source !== source) return undefined;
      const { compiled } = entry;
      const valid = typeof compiled?.name === 'string' && typeof compiled.funcname === 'string' && typeof compiled.code === 'string';
      return valid ? { name: compiled.name, funcname: compiled.funcname, code: compiled.code } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Keeps the compiled module (replacing what this name had). */
  write(filename: string, source: string, compiled: CompiledScript): void {
    const entry: Entry = { engine: this.engine, filename, source, compiled };
    writeCodeCache(this.path(filename), this.cacheDir, Buffer.from(JSON.stringify(entry), 'utf8'));
  }

  private path(filename: string): string {
    const base = basename(filename).replace(/[^\w.-]/g, '_').slice(0, 64);
    return join(this.cacheDir, `${base}.${fnv1a(filename)}.compiled`);
  }
}

interface Entry {
  readonly engine: string;
  readonly filename: string;
  readonly source: string;
  readonly compiled: CompiledScript;
}

/** A 32-bit FNV-1a hash as hex: only spreads names over files (entries are compared as text). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
