/**
 * Which examples run: `--filter TEXT` keeps examples whose id or source contains TEXT; `--shard i/n` keeps the
 * documents assigned to shard i.
 *
 * Sharding is by document, because examples of one document share a namespace and must run together in order.
 * Documents are sorted by display path, then assigned greedily (largest example count first, ties by path) to the
 * shard with the fewest examples so far (ties: lowest shard number). The assignment depends only on the set of
 * documents and their example counts, so every CI machine computes the same split, and the shards partition the
 * examples exactly. Filtering happens before sharding.
 */
import type { DocumentPlan } from './load-document.js';

export interface Shard {
  readonly index: number; // 1-based
  readonly count: number;
}

export interface Selection {
  /** Ids of selected examples and document problems. */
  readonly ids: ReadonlySet<string>;
}

export function problemId(file: string, line: number): string {
  return `${file}:${line}`;
}

export function selectExamples(docs: readonly DocumentPlan[], filter: string | null, shard: Shard | null): Selection {
  const perDoc = new Map<string, string[]>();
  for (const doc of docs) {
    const ids: string[] = [];
    for (const p of doc.problems) {
      const id = problemId(doc.file, p.line);
      if (filter === null || id.includes(filter) || p.message.includes(filter)) ids.push(id);
    }
    for (const ex of doc.examples) {
      if (filter === null || ex.id.includes(filter) || ex.source.includes(filter)) ids.push(ex.id);
    }
    perDoc.set(doc.file, ids);
  }
  const keepDocs = shard ? assignShard(docs.map((d) => ({ file: d.file, weight: perDoc.get(d.file)?.length ?? 0 })), shard) : null;
  const ids = new Set<string>();
  for (const [file, list] of perDoc) {
    if (keepDocs && !keepDocs.has(file)) continue;
    for (const id of list) ids.add(id);
  }
  return { ids };
}

/** The files of shard `shard.index` out of `shard.count`. */
export function assignShard(docs: ReadonlyArray<{ readonly file: string; readonly weight: number }>, shard: Shard): Set<string> {
  const order = [...docs].sort((a, b) => b.weight - a.weight || compareStrings(a.file, b.file));
  const load = new Array<number>(shard.count).fill(0);
  const mine = new Set<string>();
  for (const doc of order) {
    let best = 0;
    for (let s = 1; s < shard.count; s++) if ((load[s] ?? 0) < (load[best] ?? 0)) best = s;
    load[best] = (load[best] ?? 0) + doc.weight;
    if (best === shard.index - 1) mine.add(doc.file);
  }
  return mine;
}

/** Locale-independent ordering so every machine sorts alike. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
