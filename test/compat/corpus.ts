import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** test/compat/ (this folder). */
export const COMPAT_DIR = fileURLToPath(new URL('.', import.meta.url));
export const FIXTURE_FILE = `${COMPAT_DIR}sessions.json`;

const metaSchema = z.object({ exitCode: z.number().int(), exception: z.string().nullable() });
const effectSchema = z.object({ function: z.string(), args: z.record(z.string(), z.unknown()), targets: z.array(z.record(z.string(), z.unknown())) });

/** An effect as the Jython model records it (golden/NNN.effects.jsonl): what was called, with what, on what. */
export type RecordedEffect = z.infer<typeof effectSchema>;

/** One corpus script with the outcome Jython recorded for it in golden/. */
export interface CorpusCase {
  /** File name without `.py`, e.g. `001_seed_billy`. */
  readonly name: string;
  readonly file: string;
  readonly source: string;
  readonly stdout: string;
  readonly exitCode: number;
  /** The last line of Jython's traceback (or the sys.exit text); null for a normal end. */
  readonly exception: string | null;
  /** The effects Jython's model recorded, in order ([] when the script acted on nothing). */
  readonly effects: readonly RecordedEffect[];
}

export function corpusNames(): string[] {
  return readdirSync(`${COMPAT_DIR}corpus`).filter((f) => /^\d{3}_.*\.py$/.test(f)).sort().map((f) => f.slice(0, -3));
}

export function loadCase(name: string): CorpusCase {
  const meta = metaSchema.parse(JSON.parse(readFileSync(`${COMPAT_DIR}golden/${name}.meta.json`, 'utf8')));
  return {
    name,
    // The path Jython runs it under (record-golden.sh runs corpus/NNN.py from test/compat/): tracebacks match.
    file: `corpus/${name}.py`,
    source: readFileSync(`${COMPAT_DIR}corpus/${name}.py`, 'utf8'),
    stdout: readFileSync(`${COMPAT_DIR}golden/${name}.out`, 'utf8'),
    exitCode: meta.exitCode,
    exception: meta.exception,
    effects: loadEffects(`${COMPAT_DIR}golden/${name}.effects.jsonl`),
  };
}

function loadEffects(path: string): RecordedEffect[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '').map((line) => effectSchema.parse(JSON.parse(line)));
}
