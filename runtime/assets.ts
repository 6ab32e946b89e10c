import { existsSync } from 'node:fs';
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
