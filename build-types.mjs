// Writes the package's type declarations (dist/types/), run by `prepack`: tsc emits declarations for the two
// entries (index.ts, index-gateway.ts) with everything marked @internal stripped; then only the declaration
// files the entries' types reach are kept, and the build fails if any of them imports a package (the bundled
// ones, zod or ws, are not installed with the package: a public type must not need them). The same files are
// written twice: dist/types/esm (ES module declarations, for `import`) and dist/types/cjs (with a package.json
// of type commonjs, so TypeScript reads them as CommonJS declarations, for `require`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';

const TYPES = 'dist/types';
const OUT = `${TYPES}/esm`;
const ENTRIES = ['index.d.ts', 'index-gateway.d.ts'];

rmSync(TYPES, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const reached = new Set();
/** The file that first imported each one, to show how a problem is reached. */
const importedBy = new Map();
const pending = ENTRIES.map((entry) => resolve(OUT, entry));
const problems = [];
const chain = (file) => (importedBy.has(file) ? `${chain(importedBy.get(file))} > ` : '') + relative(OUT, file);
while (pending.length > 0) {
  const file = pending.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)) {
    if (specifier.startsWith('.')) {
      const target = resolve(dirname(file), specifier.replace(/\.js$/, '.d.ts'));
      if (!existsSync(target)) problems.push(`${chain(file)}: no declarations for ${specifier}`);
      else {
        if (!importedBy.has(target) && !reached.has(target)) importedBy.set(target, file);
        pending.push(target);
      }
    } else if (!specifier.startsWith('node:')) {
      problems.push(`${chain(file)}: imports the package '${specifier}', which the installed package does not have`);
    }
  }
}
if (problems.length > 0) throw new Error(`build-types: the public declarations are not self-contained:\n  ${problems.join('\n  ')}`);

let removed = 0;
for (const file of walk(OUT)) {
  if (!reached.has(resolve(file))) {
    rmSync(file);
    removed++;
  }
}
for (const dir of walk(OUT, true).reverse()) if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
writeFileSync(`${OUT}/package.json`, '{ "type": "module" }\n');
cpSync(OUT, `${TYPES}/cjs`, { recursive: true });
writeFileSync(`${TYPES}/cjs/package.json`, '{ "type": "commonjs" }\n');
process.stdout.write(`build-types: ${reached.size} declaration files kept, ${removed} not reached by the public API removed\n`);

function walk(dir, dirs = false) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return [...(dirs ? [path] : []), ...walk(path, dirs)];
    return dirs ? [] : [path];
  });
}
