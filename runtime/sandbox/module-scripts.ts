import type IsolatedVM from 'isolated-vm';
import { codeCachePath, readCodeCache } from './code-cache.js';
import { toArrayBuffer } from './guest-isolate.js';
import type { CompiledModule, LibraryFiles } from './library-files.js';

type Ivm = typeof IsolatedVM;
type CompiledScript = IsolatedVM.Script & IsolatedVM.CachedDataResult;

/**
 * Library modules (dist/compiled) evaluated in a guest's isolate as compiled scripts, so that V8 code caches
 * apply: through the guest's own eval, `import datetime` compiled 1.2 MB of generated JavaScript (~40 ms) again
 * in every new isolate.
 *
 * A module's cache comes from the cache directory, where the host keeps only caches made at a start before any
 * guest input ran (makeCaches), or else from this process's own first compile of it. That one is kept in memory,
 * for the isolates this process creates later (after resets), and is never written: the module is reported as
 * wanted instead, and the next start makes its cache.
 */
export class ModuleScripts {
  private readonly caches = new Map<string, Uint8Array>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly ivm: Ivm,
    private readonly library: LibraryFiles,
    private readonly cacheDir: string | undefined,
    /** Called once per module that had no usable cache in the cache directory. */
    private readonly wanted: (name: string) => void,
  ) {}

  /**
   * Runs a module's code in `context` (it assigns the module's function to a global) and returns that global's
   * name; '' when the build has no such module.
   */
  evaluate(name: string, isolate: IsolatedVM.Isolate, context: IsolatedVM.Context): string {
    const module = this.library.compiledModule(name);
    if (module === undefined) return '';
    const cachedData = this.caches.get(name) ?? this.readCache(module);
    const given = cachedData === undefined ? undefined : new this.ivm.ExternalCopy(toArrayBuffer(cachedData));
    // With both options V8 produces data only when there is none or it was rejected.
    const script: CompiledScript = isolate.compileScriptSync(module.text, {
      filename: scriptOrigin(module),
      produceCachedData: true,
      ...(given !== undefined ? { cachedData: given } : {}),
    });
    given?.release();
    try {
      if (script.cachedData !== undefined) {
        this.keepOwnCache(name, script.cachedData.copy());
        script.cachedData.release();
      }
      script.runSync(context);
    } finally {
      script.release();
    }
    return module.funcname;
  }

  /** Code caches of modules for the host to keep: made in an isolate that has run no guest input yet. */
  async makeCaches(isolate: IsolatedVM.Isolate, names: readonly string[]): Promise<Array<[string, Uint8Array]>> {
    const made: Array<[string, Uint8Array]> = [];
    for (const name of names) {
      const module = this.library.compiledModule(name);
      if (module === undefined) continue;
      const script: CompiledScript = await isolate.compileScript(module.text, { filename: scriptOrigin(module), produceCachedData: true });
      if (script.cachedData !== undefined) {
        const data = new Uint8Array(script.cachedData.copy());
        script.cachedData.release();
        // Kept for this process's own imports too, rather than read back from the file the host writes.
        this.caches.set(name, data);
        made.push([name, data]);
      }
      script.release();
    }
    return made;
  }

  private readCache(module: CompiledModule): Uint8Array | undefined {
    return this.cacheDir === undefined ? undefined : readCodeCache(codeCachePath(this.cacheDir, module.path, module.text, 'isolate'), this.cacheDir);
  }

  private keepOwnCache(name: string, data: ArrayBuffer): void {
    this.caches.set(name, new Uint8Array(data));
    if (this.cacheDir !== undefined && !this.reported.has(name)) {
      this.reported.add(name);
      this.wanted(name);
    }
  }
}

function scriptOrigin(module: CompiledModule): string {
  return `sandbox:///compiled/${module.path.split('/').pop() ?? 'module.js'}`;
}
