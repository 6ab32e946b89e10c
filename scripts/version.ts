import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The package's version, from package.json (one level up from scripts/ in the source and from dist/ in the build). */
export function packageVersion(): string {
  try {
    const text = readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8');
    return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
  } catch {
    return 'unknown';
  }
}
