import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * Files the sandbox loads at run time: the sandbox process's entry and the guest bundle that `npm run build` writes to dist/,
 * and Skulpt's own distribution files. Works from the bundle (dist/*.js) and from source (runtime/*.ts).
 */
export function distFile(name: string): string {
  const path = findDistFile(name);
  if (path === undefined) throw new Error(`perspective-sandbox: ${name} is missing; run \`npm run build\` first`);
  return path;
}

function findDistFile(name: string): string | undefined {
  for (const candidate of [new URL(`./${name}`, import.meta.url), new URL(`../dist/${name}`, import.meta.url)]) {
    const path = fileURLToPath(candidate);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Skulpt itself and its library, as the build writes them to dist/: Skulpt with bounded string interning
 * (see build.mjs) and only the library modules scripts may import (harden.ts's allowlist). The files in
 * node_modules are the fallback.
 */
export function skulptFiles(): string[] {
  const require = createRequire(import.meta.url);
  return [
    findDistFile('skulpt.min.js') ?? require.resolve('skulpt/dist/skulpt.min.js'),
    findDistFile('skulpt-stdlib.js') ?? require.resolve('skulpt/dist/skulpt-stdlib.js'),
  ];
}
