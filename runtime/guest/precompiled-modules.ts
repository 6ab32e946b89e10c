import { bridge } from './bridge.js';
import { sourceText } from './library-sources.js';
import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * The generated code of a library module, as the build compiled it (build.mjs, dist/compiled) with this same
 * compiler and configuration, so importing `datetime` does not run Skulpt's compiler for ~400 ms in every new
 * interpreter. The sandbox evaluates that code (bridge.module), so V8 code caches apply to it. Used only for the
 * exact text of a bundled module file, compiled the way an import compiles it; anything else (scripts,
 * `compile()`, a file name with other text) is compiled as usual.
 */
export function precompiledModule(source: unknown, filename: unknown, mode: unknown, canSuspend: unknown): { funcname: string; code: string } | undefined {
  if (mode !== 'exec' || canSuspend !== true || typeof filename !== 'string' || typeof source !== 'string') return undefined;
  const files: Record<string, string> | undefined = Sk.builtinFiles?.files;
  const bundled = files !== undefined && Object.hasOwn(files, filename) ? files[filename] : undefined;
  if (bundled === undefined || sourceText(bundled) !== source) return undefined;
  // The sandbox evaluates the code (with a V8 code cache); Skulpt's import then evaluates only the global's name.
  const funcname = bridge.module(filename);
  return funcname === '' ? undefined : { funcname, code: '' };
}
