import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPatchSeries } from '../../runtime/skulpt/apply-patches.mjs';
import { isApplied, ISOLATED_VM_PATCHES, ISOLATED_VM_SOURCES, PATCHED_MARKER, patchIsolatedVm } from '../../runtime/sandbox/patch-isolated-vm.mjs';

const installed = dirname(createRequire(import.meta.url).resolve('isolated-vm/package.json'));
const series = readPatchSeries(ISOLATED_VM_PATCHES, ISOLATED_VM_SOURCES);
const scratch = mkdtempSync(join(tmpdir(), 'ps-ivm-patch-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the patched files of the installed isolated-vm, with every patch taken back out. */
function unpatchedCopy(): string {
  const root = mkdtempSync(join(scratch, 'root-'));
  for (const patch of series) {
    let text = readFileSync(join(installed, patch.file), 'utf8');
    for (const hunk of patch.hunks) text = text.replace(hunk.new, hunk.old);
    mkdirSync(dirname(join(root, patch.file)), { recursive: true });
    writeFileSync(join(root, patch.file), text);
  }
  mkdirSync(join(root, 'out'));
  return root;
}

describe("isolated-vm's patch series (the sandbox's host-call wait)", () => {
  it('is numbered and explained, and every patch is in the installed sources', () => {
    expect(series.length).toBeGreaterThan(0);
    for (const patch of series) {
      expect(patch.name).toMatch(/^\d{4}-[a-z0-9-]+\.patch$/);
      const text = readFileSync(join(ISOLATED_VM_PATCHES, patch.name), 'utf8');
      expect(text.slice(0, text.indexOf('\n--- a/')).trim().length).toBeGreaterThan(200);
      expect(isApplied(patch, readFileSync(join(installed, patch.file), 'utf8'))).toBe(true);
    }
  });

  it('the installed addon was rebuilt after the sources were patched', () => {
    const marker = join(installed, PATCHED_MARKER);
    expect(readFileSync(marker, 'utf8')).toBe(series.map((p) => p.name).join('\n') + '\n');
    const addon = statSync(join(installed, 'out', 'isolated_vm.node')).mtimeMs;
    for (const patch of series) expect(addon).toBeGreaterThanOrEqual(statSync(join(installed, patch.file)).mtimeMs);
  });

  it('patches and rebuilds once, then finds everything up to date', () => {
    const root = unpatchedCopy();
    const rebuilt: string[] = [];
    expect(patchIsolatedVm({ root, rebuild: (r) => rebuilt.push(r) })).toBe('patched and rebuilt');
    for (const patch of series) expect(readFileSync(join(root, patch.file), 'utf8')).toBe(readFileSync(join(installed, patch.file), 'utf8'));
    expect(patchIsolatedVm({ root, rebuild: (r) => rebuilt.push(r) })).toBe('up to date');
    expect(rebuilt).toEqual([root]);
    // Sources patched by hand but never built from: rebuilt, not patched again.
    rmSync(join(root, PATCHED_MARKER));
    expect(patchIsolatedVm({ root, rebuild: (r) => rebuilt.push(r) })).toBe('rebuilt');
  });

  it('stops the build, naming the patch, when an isolated-vm upgrade changed the patched code', () => {
    const root = unpatchedCopy();
    const [first] = series;
    if (first === undefined) throw new Error('no patches');
    writeFileSync(join(root, first.file), '// another version\n');
    expect(() => patchIsolatedVm({ root, rebuild: () => undefined })).toThrow(new RegExp(`patch ${first.name} does not apply`));
  });
});
