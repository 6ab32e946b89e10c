/**
 * `--update`: rewrites each document's golden file from the outputs just recorded. Entries of examples that did not
 * run this time (filtered out, sharded away, skipped) are kept when their example still exists; entries of examples
 * that no longer exist are dropped. No file is created for a document without examples needing one.
 */
import { existsSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import type { DocumentPlan } from './load-document.js';
import type { ExampleResult } from './results.js';
import { findGolden, sourceHash, writeGoldenFile, type GoldenEntry } from './golden-file.js';

export interface GoldenUpdate {
  readonly goldenPath: string;
  readonly action: 'written' | 'removed';
  readonly entries: number;
}

export async function updateGoldenFiles(docs: readonly DocumentPlan[], results: readonly ExampleResult[]): Promise<GoldenUpdate[]> {
  const recorded = new Map<string, string>();
  for (const r of results) if (r.recordedGolden !== null) recorded.set(r.id, r.recordedGolden);
  const updates: GoldenUpdate[] = [];
  for (const doc of docs) {
    const entries: GoldenEntry[] = [];
    for (const ex of doc.examples) {
      if (ex.wantSource !== 'golden' && ex.wantSource !== null) continue;
      const fresh = recorded.get(ex.id);
      if (fresh !== undefined) {
        entries.push({ line: ex.line, sourceSha256: sourceHash(ex.source), output: fresh });
        continue;
      }
      const old = findGolden(doc.goldenEntries, ex.line, ex.source);
      if (old?.exact) entries.push({ ...old.entry, line: ex.line });
    }
    if (entries.length === 0) {
      if (doc.goldenEntries.length > 0 && existsSync(doc.goldenPath)) {
        await unlink(doc.goldenPath);
        updates.push({ goldenPath: doc.goldenPath, action: 'removed', entries: 0 });
      }
      continue;
    }
    if (await writeGoldenFile(doc.goldenPath, entries)) {
      updates.push({ goldenPath: doc.goldenPath, action: 'written', entries: entries.length });
    }
  }
  return updates;
}
