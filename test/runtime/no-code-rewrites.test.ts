import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13: compiler behaviour lives in Skulpt's patch series (runtime/skulpt/patches/), never in rewrites of the
 * generated JavaScript, which silently stop matching when Skulpt changes. Sk.compile may be wrapped once, by the
 * compile cache of limits.ts, which returns the code unchanged.
 */
function guestSources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return guestSources(path);
    return entry.name.endsWith('.ts') ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

// The bindings' guest-side code (bindings/**/guest/) runs in the same isolate.
const sources = [...guestSources('runtime/guest'), ...guestSources('bindings/perspective/guest')];

describe('no rewrites of generated code in the guest', () => {
  it('no guest module assigns or rewrites a compile result\'s code', () => {
    const offenders = sources.filter(({ text }) => /\.code\s*=(?!=)|\.code\.(?:replace|replaceAll|split)\(/.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('Sk.compile is wrapped only by the compile cache of limits.ts', () => {
    const wrappers = sources.filter(({ text }) => /Sk\.compile\s*=(?!=)/.test(text)).map(({ file }) => file);
    expect(wrappers).toEqual([join('runtime', 'guest', 'limits.ts')]);
  });
});
