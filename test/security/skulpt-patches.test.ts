import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyPatch, applyToBundle, parsePatch, readPatchSeries } from '../../runtime/skulpt/apply-patches.mjs';

const require = createRequire(import.meta.url);
const PATCHES = fileURLToPath(new URL('../../runtime/skulpt/patches', import.meta.url));
const skulptFile = (path: string) => readFileSync(require.resolve(`skulpt/${path}`), 'utf8');

const patch = (body: string) => parsePatch('test.patch', `Header.\n\n--- a/src/x.js\n+++ b/src/x.js\n@@ -1,3 +1,3 @@\n${body}`);

describe('the Skulpt patch series', () => {
  const series = readPatchSeries(PATCHES);

  it('is numbered, one file per patch, each with a header saying what it changes', () => {
    expect(series.map((p) => p.name)).toEqual([...series.map((p) => p.name)].sort());
    for (const p of series) {
      expect(p.name).toMatch(/^\d{4}-[a-z0-9-]+\.patch$/);
      const text = readFileSync(`${PATCHES}/${p.name}`, 'utf8');
      expect(text.slice(0, text.indexOf('\n--- a/')).trim().length).toBeGreaterThan(80);
    }
  });

  it("applies to Skulpt's sources (src/*.js) in order, and to the bundle the build uses", () => {
    const files = new Map<string, string>();
    for (const p of series) files.set(p.file, applyPatch(p, files.get(p.file) ?? skulptFile(p.file)));
    expect(files.size).toBeGreaterThan(0);
    const bundle = applyToBundle(series, skulptFile('dist/skulpt.js'));
    for (const [file, text] of files) expect(bundle).toContain(text.trimEnd());
  });

  it('fails when a hunk does not match exactly once', () => {
    const p = patch(' a\n-b\n+B\n c\n');
    expect(applyPatch(p, 'a\nb\nc\n')).toBe('a\nB\nc\n');
    expect(() => applyPatch(p, 'a\nb2\nc\n')).toThrow(/does not apply to src\/x\.js/);
    expect(() => applyPatch(p, 'a\nb\nc\na\nb\nc\n')).toThrow(/more than once/);
  });

  it('refuses malformed patches', () => {
    expect(() => parsePatch('empty.patch', 'just text\n')).toThrow(/no file header matching/);
    expect(() => parsePatch('cc.patch', 'Header.\n\n--- a/src/x.cc\n+++ b/src/x.cc\n@@ -1 +1 @@\n-a\n+b\n')).toThrow(/no file header matching/);
    expect(() => patch(' a\n?b\n')).toThrow(/unexpected line/);
  });
});
