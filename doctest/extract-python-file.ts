/** A `.py` file is one example: the whole file, run in 'exec' mode. Its expected output can only come from a golden file. */
import type { RawExample } from './example.js';
import { examplesFromCodeBlock, trimBlankLines } from './code-block-example.js';

export function extractPythonFile(lines: readonly string[]): RawExample[] {
  const kept = trimBlankLines(lines);
  if (kept.lines.length === 0) return [];
  // Keep the file verbatim from line 1 so tracebacks line up; only trailing blank lines are dropped.
  const body = lines.slice(0, kept.skipped + kept.lines.length);
  return examplesFromCodeBlock(body, 1, null, []);
}
