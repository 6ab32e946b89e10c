import { basename, join } from 'node:path';
import { z } from 'zod';
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
    let json: unknown;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch {
      return undefined;
    }
    const entry = entrySchema.safeParse(json);
    if (!entry.success || entry.data.engine !== this.engine || entry.data.filename !== filename || entry.data.source !== source) return undefined;
    return entry.data.compiled;
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

const entrySchema = z.object({
  engine: z.string(),
  filename: z.string(),
  source: z.string(),
  compiled: z.object({ name: z.string(), funcname: z.string(), code: z.string() }),
});
type Entry = z.infer<typeof entrySchema>;

/** A 32-bit FNV-1a hash as hex: only spreads names over files (entries are compared as text). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
