import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 13: the guest layer is typed. runtime/guest/skulpt-types.d.ts declares the members of Skulpt's global `Sk`
 * the guest uses, with PyObject opaque; each guest file declares `Sk` with those types (`tsc --noEmit`, run by
 * `npm test`, checks the rest). Nothing may fall back to `any`.
 */
function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [{ file: path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const guest = [...sources('runtime/guest'), ...sources(join('bindings', 'perspective', 'guest'))];
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');

describe('guest types', () => {
  it('every guest file that uses Sk declares it with the typed declarations', () => {
    const untyped = guest
      .filter(({ text }) => /\bSk\./.test(code(text)) && !/declare const Sk: SkGlobal;/.test(text))
      .map(({ file }) => file);
    expect(untyped).toEqual([]);
  });

  it('no guest file uses any', () => {
    const offenders = guest.filter(({ text }) => /(?::|\bas|<)\s*any\b/.test(code(text))).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('there is no untyped global Sk or PyObject', () => {
    const ambient = readFileSync(join('runtime', 'guest', 'sk.d.ts'), 'utf8');
    expect(code(ambient)).not.toMatch(/declare const Sk|type PyObject/);
  });
});
