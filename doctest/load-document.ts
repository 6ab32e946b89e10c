/** Reads one document and turns it into runnable examples: format detection, document options, directives, golden files. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyDirectives, NO_FLAGS, parseDirectiveList, type DirectiveFlags } from './directives.js';
import { readDocumentOptions } from './document-options.js';
import type { DocumentProblem, Example, RawExample } from './example.js';
import { extractMarkdown } from './extract-markdown.js';
import { extractPythonFile } from './extract-python-file.js';
import { extractRst } from './extract-rst.js';
import { extractSeedPage, isSeedPage } from './extract-seed-page.js';
import { extractTranscript } from './extract-transcript.js';
import { findGolden, goldenPathFor, readGoldenFile, staleEntries, type GoldenEntry } from './golden-file.js';
import type { IgnitionVersion } from './runner-types.js';

export type DocumentFormat = 'markdown' | 'rst' | 'seed-page' | 'python' | 'transcript';

export interface DocumentPlan {
  /** Absolute path. */
  readonly path: string;
  /** Display path used in example ids. */
  readonly file: string;
  readonly format: DocumentFormat;
  readonly sessionsFile: string | null;
  readonly ignitionVersion: IgnitionVersion | null;
  readonly examples: readonly Example[];
  readonly problems: readonly DocumentProblem[];
  readonly goldenPath: string;
  readonly goldenEntries: readonly GoldenEntry[];
  /** Golden entries whose example's source is no longer in the document (edited or removed since recorded). */
  readonly staleGolden: readonly GoldenEntry[];
}

export interface LoadOptions {
  /** Absolute path of the run-wide fixture (--sessions), or null. */
  readonly defaultSessionsFile: string | null;
  /** Directory display paths are relative to. */
  readonly cwd: string;
}

export function displayPath(absPath: string, cwd: string): string {
  const rel = path.relative(cwd, absPath);
  return (rel === '' ? path.basename(absPath) : rel).split(path.sep).join('/');
}

export function splitLines(text: string): string[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function detectFormat(absPath: string, lines: readonly string[]): DocumentFormat {
  const ext = path.extname(absPath).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.py') return 'python';
  if (ext === '.rst') return 'rst';
  if (isSeedPage(lines)) return 'seed-page';
  return 'transcript';
}

export function extractRaw(format: DocumentFormat, lines: readonly string[], startIndex: number): RawExample[] {
  switch (format) {
    case 'markdown':
      return extractMarkdown(lines, startIndex);
    case 'rst':
      return extractRst(lines, startIndex);
    case 'python':
      return extractPythonFile(lines);
    case 'seed-page':
      return extractSeedPage(lines, startIndex);
    case 'transcript':
      return extractTranscript(lines.slice(startIndex), startIndex + 1);
  }
}

export async function loadDocument(absPath: string, opts: LoadOptions): Promise<DocumentPlan> {
  const lines = splitLines(await readFile(absPath, 'utf8'));
  const file = displayPath(absPath, opts.cwd);
  const format = detectFormat(absPath, lines);
  const docOptions = readDocumentOptions(absPath, lines, format === 'markdown');
  const problems: DocumentProblem[] = [...docOptions.problems];

  let defaults: DirectiveFlags = NO_FLAGS;
  for (const d of docOptions.defaults) {
    const parsed = parseDirectiveList(d.text);
    if (parsed.ok) defaults = applyDirectives(defaults, parsed.changes);
    else problems.push({ line: d.line, message: parsed.message });
  }

  const goldenPath = goldenPathFor(absPath);
  let goldenEntries: GoldenEntry[] = [];
  try {
    goldenEntries = await readGoldenFile(goldenPath);
  } catch (err) {
    problems.push({ line: 1, message: (err as Error).message });
  }

  const examples: Example[] = [];
  for (const raw of extractRaw(format, lines, docOptions.frontMatterEndLine)) {
    let flags = defaults;
    let bad = false;
    for (const d of raw.directiveText) {
      const parsed = parseDirectiveList(d.text);
      if (parsed.ok) flags = applyDirectives(flags, parsed.changes);
      else {
        problems.push({ line: d.line, message: parsed.message });
        bad = true;
      }
    }
    if (bad) continue;
    examples.push(toExample(file, raw, flags, goldenEntries));
  }
  return {
    path: absPath,
    file,
    format,
    sessionsFile: docOptions.sessionsFile ?? opts.defaultSessionsFile,
    ignitionVersion: docOptions.ignitionVersion,
    examples,
    problems,
    goldenPath,
    goldenEntries,
    staleGolden: staleEntries(goldenEntries, examples.filter((e) => e.wantSource === 'golden' || e.wantSource === null).map((e) => e.source)),
  };
}

function toExample(file: string, raw: RawExample, directives: DirectiveFlags, golden: readonly GoldenEntry[]): Example {
  const base = { id: `${file}:${raw.line}`, file, line: raw.line, source: raw.source, mode: raw.mode, directives, ...(raw.wantSpan ? { wantSpan: raw.wantSpan } : {}), ...(raw.wantEffects !== undefined ? { wantEffects: raw.wantEffects } : {}) };
  if (raw.want !== null) {
    return { ...base, want: raw.want, wantSource: raw.wantSource, kind: 'doctest', goldenSourceChanged: false };
  }
  const match = findGolden(golden, raw.line, raw.source);
  if (match) {
    return { ...base, want: match.entry.output, wantSource: 'golden', kind: 'doctest', goldenSourceChanged: !match.exact };
  }
  // An example with an effects block is checked (its effects), even without expected output.
  return { ...base, want: null, wantSource: null, kind: raw.wantEffects !== undefined ? 'doctest' : 'smoke', goldenSourceChanged: false };
}
