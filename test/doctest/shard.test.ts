import { describe, expect, it } from 'vitest';
import { assignShard, selectExamples } from '../../doctest/selection.js';
import { loadDocument, type DocumentPlan } from '../../doctest/load-document.js';
import { lastLine, runCommand, tempTree } from './run-command.js';
import path from 'node:path';

function tree(): { cwd: string; files: Record<string, string> } {
  const files: Record<string, string> = {};
  // 13 documents with 1..13 transcript examples each (91 examples).
  for (let d = 1; d <= 13; d++) {
    files[`docs/part${d}/page${d}.txt`] = Array.from({ length: d }, (_, k) => `>>> ${k}\n${k}\n`).join('\n');
  }
  return { cwd: tempTree(files), files };
}

async function load(cwd: string, files: Record<string, string>): Promise<DocumentPlan[]> {
  return Promise.all(Object.keys(files).sort().map((f) => loadDocument(path.join(cwd, f), { cwd, defaultSessionsFile: null })));
}

describe('--shard', () => {
  it('partitions the examples exactly, for every shard count', async () => {
    const { cwd, files } = tree();
    const docs = await load(cwd, files);
    const all = new Set(docs.flatMap((d) => d.examples.map((e) => e.id)));
    expect(all.size).toBe(91);
    for (const n of [1, 2, 3, 5, 13, 20]) {
      const seen = new Map<string, number>();
      for (let i = 1; i <= n; i++) {
        for (const id of selectExamples(docs, null, { index: i, count: n }).ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      }
      expect([...seen.keys()].sort()).toEqual([...all].sort());
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    }
  });

  it('keeps a document together and balances shards by example count', () => {
    const docs = [5, 4, 3, 3, 2, 1].map((w, k) => ({ file: `f${k}.md`, weight: w }));
    const loads = [1, 2, 3].map((i) => [...assignShard(docs, { index: i, count: 3 })]
      .reduce((s, f) => s + (docs.find((d) => d.file === f)?.weight ?? 0), 0));
    expect(loads.reduce((a, b) => a + b)).toBe(18);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
  });

  it('is deterministic: the same split whatever order documents are listed in', () => {
    const docs = [5, 4, 3, 3, 2, 1].map((w, k) => ({ file: `f${k}.md`, weight: w }));
    const a = assignShard(docs, { index: 2, count: 3 });
    const b = assignShard([...docs].reverse(), { index: 2, count: 3 });
    expect([...a].sort()).toEqual([...b].sort());
  });

  it('shard runs of the command add up to the full run', async () => {
    const { cwd } = tree();
    const counts = [];
    for (let i = 1; i <= 3; i++) {
      const r = await runCommand(['docs', '--shard', `${i}/3`], { cwd });
      expect(r.code).toBe(0);
      counts.push(Number(/^(\d+) passed/.exec(lastLine(r.stdout))?.[1]));
    }
    expect(counts.reduce((a, b) => a + b)).toBe(91);
    expect(counts.every((c) => c > 0)).toBe(true);
  });
});
