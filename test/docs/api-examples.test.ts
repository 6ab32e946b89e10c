import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers.js';

/**
 * The examples of docs/api.md, run as written: each ```ts block is compiled (types stripped) and run with Node
 * as an ES module (as CommonJS when it uses `require`) against the built package (its imports of
 * `perspective-sandbox` and `perspective-sandbox/gateway` point at dist/); its stdout must be the ```output
 * block that follows it.
 */
const run = promisify(execFile);
const DOC = join(REPO_ROOT, 'docs', 'api.md');
// Inside the checkout, so other imports (zod) resolve to its node_modules.
const WORK = join(REPO_ROOT, 'node_modules', '.cache', 'api-examples');

interface Example { readonly line: number; readonly code: string; readonly output: string | undefined }

function examples(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({
    lang: m[1] ?? '', body: m[2] ?? '', line: markdown.slice(0, m.index).split('\n').length,
  }));
  return blocks.flatMap((block, i) => {
    if (block.lang !== 'ts') return [];
    const next = blocks[i + 1];
    return [{ line: block.line, code: block.body, output: next?.lang === 'output' ? next.body : undefined }];
  });
}

/** The package's entries as the built files, for an ES module (`.js`) or CommonJS (`.cjs`). */
function pointAtDist(code: string, extension: 'js' | 'cjs'): string {
  return code.replace(/(['"])perspective-sandbox(\/gateway)?\1/g, (_match, _quote: string, gateway: string | undefined) =>
    JSON.stringify(join(REPO_ROOT, 'dist', `${gateway === undefined ? 'index' : 'gateway'}.${extension}`)));
}

const found = examples(readFileSync(DOC, 'utf8'));

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('docs/api.md', () => {
  it('has examples, each with its expected output', () => {
    expect(found.length).toBeGreaterThanOrEqual(8);
    expect(found.filter((e) => e.output === undefined).map((e) => e.line)).toEqual([]);
  });

  it.each(found.map((e) => [e.line, e] as const))('the example at line %i prints its output', async (line, example) => {
    const commonJs = /\brequire\(/.test(example.code);
    const { code } = await transform(example.code, { loader: 'ts', format: commonJs ? 'cjs' : 'esm', target: 'node20' });
    mkdirSync(WORK, { recursive: true });
    const file = join(WORK, `example-${line}.${commonJs ? 'cjs' : 'mjs'}`);
    writeFileSync(file, pointAtDist(code, commonJs ? 'cjs' : 'js'));
    const { stdout } = await run(process.execPath, [file], { cwd: WORK, timeout: 60_000 });
    expect(stdout).toBe(example.output);
  });
});
