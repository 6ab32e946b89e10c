// Types of patch-isolated-vm.mjs (plain JavaScript, because build.mjs runs it with Node directly).
import type { Patch } from '../skulpt/apply-patches.mjs';

export const ISOLATED_VM_PATCHES: string;
export const ISOLATED_VM_SOURCES: RegExp;
export const PATCHED_MARKER: string;
export function isApplied(patch: Patch, text: string): boolean;
export function patchIsolatedVm(options: {
  readonly root: string;
  readonly rebuild?: (root: string) => void;
  readonly log?: (line: string) => void;
}): 'patched and rebuilt' | 'rebuilt' | 'up to date';
