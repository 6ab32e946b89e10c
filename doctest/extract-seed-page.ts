/**
 * Plain-text documentation pages in the form of the Ignition manual export (see the seed page):
 *
 *   Code Snippet
 *   <python code, verbatim>
 *   Output                       (optional: expected output follows, up to a blank line; <BLANKLINE> for an empty line)
 *   <expected output>
 *
 * The code starts on the line after a "Code Snippet" line and ends at the next "Code Snippet" line, an "Output" /
 * "Results" line, or the first line that clearly is not Python: an unindented line (outside a triple-quoted string)
 * that starts with a word that is not a Python keyword followed by another word (prose such as
 * "system perspective getSessionInfo, ..." or "Code Examples"), or a line starting with a non-ASCII character
 * (the export's "•" bullets). Trailing blank lines are dropped. Prompt transcripts elsewhere in the page are extracted too.
 */
import type { RawExample } from './example.js';
import { examplesFromCodeBlock, joinOutput, trimBlankLines } from './code-block-example.js';
import { extractTranscript } from './extract-transcript.js';

const SNIPPET_HEADING = /^\s*Code Snippet\s*:?\s*$/i;
/** Capitalised and unindented, so a Python expression statement such as `result` is never taken for it. */
const OUTPUT_HEADING = /^(?:Expected [Oo]utput|Output|OUTPUT|Results?|RESULTS?)\s*:?\s*$/;
const PY2_KEYWORDS = new Set([
  'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'exec', 'finally',
  'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print', 'raise', 'return',
  'try', 'while', 'with', 'yield',
]);

export function isSeedPage(lines: readonly string[]): boolean {
  return lines.some((l) => SNIPPET_HEADING.test(l));
}

export function extractSeedPage(lines: readonly string[], startIndex: number): RawExample[] {
  const examples: RawExample[] = [];
  let proseStart = startIndex;
  let i = startIndex;
  while (i < lines.length) {
    if (!SNIPPET_HEADING.test(lines[i] ?? '')) {
      i++;
      continue;
    }
    examples.push(...extractTranscript(lines.slice(proseStart, i), proseStart + 1));
    const codeStart = i + 1;
    let j = codeStart;
    let inTripleQuote: string | null = null;
    while (j < lines.length) {
      const l = lines[j] ?? '';
      if (inTripleQuote === null && (SNIPPET_HEADING.test(l) || OUTPUT_HEADING.test(l) || endsCode(l))) break;
      inTripleQuote = trackTripleQuotes(l, inTripleQuote);
      j++;
    }
    const code = trimBlankLines(lines.slice(codeStart, j));
    let want: { text: string; source: 'output-block' } | null = null;
    if (OUTPUT_HEADING.test(lines[j] ?? '')) {
      const out: string[] = [];
      j++;
      while (j < lines.length && (lines[j] ?? '').trim() !== '' && !SNIPPET_HEADING.test(lines[j] ?? '')) {
        out.push(lines[j] ?? '');
        j++;
      }
      want = { text: joinOutput(out), source: 'output-block' };
    }
    if (code.lines.length > 0) {
      examples.push(...examplesFromCodeBlock(code.lines, codeStart + code.skipped + 1, want, []));
    }
    i = j;
    proseStart = j;
  }
  examples.push(...extractTranscript(lines.slice(proseStart), proseStart + 1));
  return examples;
}

/** A line that cannot be part of a Python 2 snippet. */
export function endsCode(line: string): boolean {
  const first = line.trimStart()[0];
  if (first !== undefined && first.charCodeAt(0) > 0x7e) return true;
  if (/^\s/.test(line)) return false;
  const m = /^([A-Za-z_]\w*)\s+([A-Za-z_0-9"'])/.exec(line);
  return m !== null && !PY2_KEYWORDS.has(m[1] ?? '');
}

/** Follows ''' and """ strings across lines so prose-looking text inside them is not mistaken for the end. */
function trackTripleQuotes(line: string, open: string | null): string | null {
  let state = open;
  let k = 0;
  while (k < line.length) {
    if (state === null) {
      if (line[k] === '#') return null;
      const q = line.startsWith('"""', k) ? '"""' : line.startsWith("'''", k) ? "'''" : null;
      if (q) {
        state = q;
        k += 3;
        continue;
      }
      if (line[k] === '"' || line[k] === "'") {
        const quote = line[k];
        k++;
        while (k < line.length && line[k] !== quote) k += line[k] === '\\' ? 2 : 1;
      }
      k++;
    } else {
      if (line.startsWith(state, k)) {
        state = null;
        k += 3;
        continue;
      }
      k += line[k] === '\\' ? 2 : 1;
    }
  }
  return state;
}
