import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13: the runtime is generic. It knows host functions, modules and (for guest-served functions) versioned
 * values, never what a binding does with them: sessions, tables, filters and when to copy belong to bindings/.
 * The bindings' guest-side code runs inside the isolate, so it may import only guest code and plain contracts.
 */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const importsOf = (text: string): string[] => [...text.matchAll(/^(?:import|export)\b[^'";]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2] ?? '');

describe('layering of runtime/ and bindings/', () => {
  it('nothing under runtime/ imports from bindings/', () => {
    const offenders = sources('runtime').filter(({ text }) => importsOf(text).some((spec) => /(^|\/)bindings\//.test(spec))).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('the runtime has no host-table data path (no table declarations, filters or copy heuristic)', () => {
    const offenders = sources('runtime').filter(({ text }) => /HostTable|tableVersion|FILTERED_CALLS|usernameFilter|\bfilters\b/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('guest-side binding code imports only guest code, its own guest files and constant-only contracts', () => {
    const guestFiles = sources('bindings').filter(({ file }) => file.split('/').includes('guest') || file === join('bindings', 'guest.ts'));
    expect(guestFiles.length).toBeGreaterThan(1);
    const allowed = (file: string, spec: string): boolean => {
      const target = join(file, '..', spec).replace(/\.js$/, '.ts');
      return target.startsWith(join('runtime', 'guest') + '/') || target === join('runtime', 'wire.ts')
        || target.split('/').includes('guest') || /-(settings|encoding)\.ts$/.test(target);
    };
    const bad = guestFiles.flatMap(({ file, text }) => importsOf(text).filter((spec) => !allowed(file, spec)).map((spec) => `${file}: ${spec}`));
    expect(bad).toEqual([]);
    // The contracts both halves import (types, constants, pure encoders) import nothing.
    const contracts = sources('bindings').filter(({ file }) => /-(settings|encoding)\.ts$/.test(file));
    expect(contracts.flatMap(({ file, text }) => importsOf(text).map((spec) => `${file}: ${spec}`))).toEqual([]);
  });
});
