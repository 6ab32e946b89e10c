/**
 * Golden files hold the expected output of examples that have none inline (code blocks without an output block,
 * seed-page snippets without an Output section, `.py` files). One JSON file per document, beside it:
 *   docs/guide.md  ->  docs/guide.md.golden.json
 * Entries are matched to examples by the SHA-256 of the example's source (so moving an example keeps its entry),
 * then by line (so an edited example is still compared, and the failure says the entry was recorded for other source).
 * `doctest --update` writes them; it refuses to run when CI=true.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';

export const GOLDEN_FORMAT = 'perspective-sandbox-doctest-golden/1';

const GoldenEntrySchema = z.object({
  line: z.number().int().positive(),
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
  output: z.string(),
});
const GoldenFileSchema = z.object({
  format: z.literal(GOLDEN_FORMAT),
  examples: z.array(GoldenEntrySchema),
});

export type GoldenEntry = z.infer<typeof GoldenEntrySchema>;

export function goldenPathFor(documentPath: string): string {
  return `${documentPath}.golden.json`;
}

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** Entries of the golden file, [] when there is none. Throws with a readable message when it is malformed. */
export async function readGoldenFile(goldenPath: string): Promise<GoldenEntry[]> {
  let text: string;
  try {
    text = await readFile(goldenPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${goldenPath}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = GoldenFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${goldenPath}: not a golden file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data.examples;
}

export type GoldenMatch = { readonly entry: GoldenEntry; readonly exact: boolean };

/** The entry for an example: same source (nearest line wins), else the entry at the same line. */
export function findGolden(entries: readonly GoldenEntry[], line: number, source: string): GoldenMatch | null {
  const hash = sourceHash(source);
  const same = entries.filter((e) => e.sourceSha256 === hash);
  if (same.length > 0) {
    const best = same.reduce((a, b) => (Math.abs(b.line - line) < Math.abs(a.line - line) ? b : a));
    return { entry: best, exact: true };
  }
  const atLine = entries.find((e) => e.line === line);
  return atLine ? { entry: atLine, exact: false } : null;
}

/**
 * Entries recorded for source that no longer appears in the document: the example they belonged to was edited
 * (or removed), so they no longer check anything. `sources` are the examples that take their output from here.
 */
export function staleEntries(entries: readonly GoldenEntry[], sources: readonly string[]): GoldenEntry[] {
  const current = new Set(sources.map(sourceHash));
  return entries.filter((e) => !current.has(e.sourceSha256));
}

/** Writes the file when its content changes; returns whether it did. Entries are sorted by line. */
export async function writeGoldenFile(goldenPath: string, entries: readonly GoldenEntry[]): Promise<boolean> {
  const sorted = [...entries].sort((a, b) => a.line - b.line);
  const text = JSON.stringify({ format: GOLDEN_FORMAT, examples: sorted }, null, 2) + '\n';
  let old: string | null = null;
  try {
    old = await readFile(goldenPath, 'utf8');
  } catch {
    old = null;
  }
  if (old === text) return false;
  await writeFile(goldenPath, text, 'utf8');
  return true;
}
