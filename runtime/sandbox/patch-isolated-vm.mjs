// Applies the reviewed patch series in runtime/sandbox/isolated-vm-patches/ to isolated-vm's C++ sources in
// node_modules and rebuilds its addon when the series was not in it yet (run by build.mjs, so by `npm ci`'s
// `prepare` and by `npm run build`). isolated-vm builds from source at install, before any hook of ours can run,
// so a fresh install is patched and built a second time (~40 s on 2 cores); later builds find the patches
// applied and the addon made from them, and do nothing.
//
// Patches are unified diffs of files under isolated-vm's src/, applied by exact context (apply-patches.mjs):
// an isolated-vm that moved or changed the patched code stops the build instead of running unpatched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyPatch, readPatchSeries } from '../skulpt/apply-patches.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ISOLATED_VM_PATCHES = join(here, 'isolated-vm-patches');
/** isolated-vm's C++ sources and headers: the files its patches may change. */
export const ISOLATED_VM_SOURCES = /^src\/[\w./-]+\.(?:cc|h)$/;
/** Written beside the addon after a rebuild: the series the addon was built from. */
export const PATCHED_MARKER = join('out', 'perspective-sandbox-patches.txt');

/** Whether every hunk of the patch is in the text (its new side present, its old side gone). */
export function isApplied(patch, text) {
  return patch.hunks.every((hunk) => text.includes(hunk.new) && !text.includes(hunk.old));
}

/**
 * Patches isolated-vm at `root` and rebuilds it when needed. `rebuild` builds the addon from the sources in
 * place (by default `npm rebuild isolated-vm`, isolated-vm's own install script, with npm's configuration).
 * Returns what it did.
 * @param {{ root: string, rebuild?: (root: string) => void, log?: (line: string) => void }} options
 * @returns {'patched and rebuilt' | 'rebuilt' | 'up to date'}
 */
export function patchIsolatedVm({ root, rebuild = npmRebuild, log = () => undefined }) {
  const series = readPatchSeries(ISOLATED_VM_PATCHES, ISOLATED_VM_SOURCES);
  let patched = false;
  for (const patch of series) {
    const path = join(root, patch.file);
    const text = readFileSync(path, 'utf8');
    if (isApplied(patch, text)) continue;
    writeFileSync(path, applyPatch(patch, text));
    log(`isolated-vm: applied ${patch.name}`);
    patched = true;
  }
  const marker = join(root, PATCHED_MARKER);
  const names = series.map((patch) => patch.name).join('\n') + '\n';
  if (!patched && existsSync(marker) && readFileSync(marker, 'utf8') === names) return 'up to date';
  log('isolated-vm: rebuilding its addon from the patched sources');
  rebuild(root);
  writeFileSync(marker, names);
  return patched ? 'patched and rebuilt' : 'rebuilt';
}

/** isolated-vm's own install script, run by npm in the project that holds `root` (node_modules/isolated-vm). */
function npmRebuild(root) {
  // Under npm (`npm ci`, `npm run build`) the npm that runs us; else the one on PATH.
  const npmCli = process.env['npm_execpath'];
  const [command, args] = npmCli !== undefined && npmCli.endsWith('.js') ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(command, [...args, 'rebuild', 'isolated-vm'], { cwd: join(root, '..', '..'), stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`build: rebuilding isolated-vm with its patches failed (${result.error?.message ?? `exit ${result.status}`})`);
}
