// Bundles the CLI, the library, the sandbox worker and the guest runtime with esbuild (runs from `prepare`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const nodeBanner = "import { createRequire as __psCreateRequire } from 'node:module'; const require = __psCreateRequire(import.meta.url);";
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', sourcemap: 'linked', logLevel: 'warning', legalComments: 'none' };
const external = ['playwright-core', 'bufferutil', 'utf-8-validate'];

const entries = [
  { entryPoints: ['scripts/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${nodeBanner}` } },
  { entryPoints: ['index.ts'], outfile: 'dist/index.js', banner: { js: nodeBanner } },
  { entryPoints: ['runtime/worker/worker-main.ts'], outfile: 'dist/worker.js', banner: { js: nodeBanner } },
].filter((e) => existsSync(e.entryPoints[0]));

await Promise.all([
  ...entries.map((e) => build({ ...common, external, ...e })),
  // The guest runs inside the sandbox's vm context: no Node, no modules, one IIFE.
  build({ ...common, platform: 'neutral', format: 'iife', target: 'es2022', entryPoints: ['runtime/guest/boot.ts'], outfile: 'dist/guest.js', sourcemap: false }),
]);
