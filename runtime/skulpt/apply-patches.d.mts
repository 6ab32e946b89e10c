// Types of apply-patches.mjs (plain JavaScript, because build.mjs runs it with Node directly).
export interface Hunk {
  readonly header: string;
  readonly old: string;
  readonly new: string;
}

export interface Patch {
  readonly name: string;
  /** The patched file, relative to the package root (src/...). */
  readonly file: string;
  readonly hunks: readonly Hunk[];
}

export function readPatchSeries(dir: string, files?: RegExp): Patch[];
export function parsePatch(name: string, text: string, files?: RegExp): Patch;
export function applyPatch(patch: Patch, text: string): string;
export function applyToBundle(series: readonly Patch[], bundle: string): string;
