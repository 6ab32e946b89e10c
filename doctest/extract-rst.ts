/**
 * reStructuredText documents:
 * - `.. code-block:: python` (also `.. code::` and `.. sourcecode::`, with py / python2 / pycon / jython) blocks are
 *   examples; a block with `>>>` prompts is a transcript. Directive options (`:linenos:`) are skipped.
 * - Expected output of a non-transcript block: the block right after it (only blank lines between) when that is a
 *   `.. code-block:: text` (or output, none, console, or no language), or a literal block introduced by a line
 *   such as `Output::`.
 * - `>>>` transcripts anywhere else in the document (plain literal blocks, prose) are examples too, as doctest reads them.
 */
import { examplesFromCodeBlock, joinOutput, trimBlankLines } from './code-block-example.js';
import type { RawExample, WantSpan } from './example.js';
import { extractTranscript } from './extract-transcript.js';

const DIRECTIVE = /^(\s*)\.\.\s+(?:code-block|code|sourcecode)::\s*([\w+-]*)\s*$/;
const PYTHON_LANGS = new Set(['python', 'py', 'pycon', 'python2', 'py2', 'jython']);
const OUTPUT_LANGS = new Set(['', 'text', 'output', 'none', 'console']);
const OUTPUT_INTRO = /^(\s*)(?:\*\*)?(?:expected\s+)?(?:output|results?)(?:\*\*)?\s*::\s*$/i;
const OPTION = /^\s+:[\w-]+:/;

interface Block {
  /** Index of the directive (or intro) line. */
  readonly head: number;
  /** Index after the block's last line. */
  readonly end: number;
  /** The body, dedented, without leading and trailing blank lines, and the index of its first line. */
  readonly body: string[];
  readonly first: number;
  readonly indent: string;
}

export function extractRst(lines: readonly string[], startIndex: number): RawExample[] {
  const examples: RawExample[] = [];
  const masked = [...lines];
  const mask = (block: Block): void => {
    for (let k = block.head; k < block.end; k++) masked[k] = '';
  };
  let i = startIndex;
  while (i < lines.length) {
    const directive = DIRECTIVE.exec(lines[i] ?? '');
    if (!directive || !PYTHON_LANGS.has((directive[2] ?? '').toLowerCase())) {
      i++;
      continue;
    }
    const code = blockAt(lines, i, (directive[1] ?? '').length);
    mask(code);
    const output = outputAfter(lines, code.end);
    if (output) mask(output);
    const want = output ? {
      text: joinOutput(output.body),
      source: 'output-block' as const,
      span: { start: output.first, end: output.first + output.body.length, indent: output.indent, style: 'block' } satisfies WantSpan,
    } : null;
    examples.push(...examplesFromCodeBlock(code.body, code.first + 1, want, [], code.indent));
    i = (output ?? code).end;
  }
  examples.push(...extractTranscript(masked.slice(startIndex), startIndex + 1));
  return examples.sort((a, b) => a.line - b.line);
}

/** The output block right after index `from` (blank lines between allowed), if there is one. */
function outputAfter(lines: readonly string[], from: number): Block | undefined {
  let k = from;
  while (k < lines.length && (lines[k] ?? '').trim() === '') k++;
  const line = lines[k] ?? '';
  const directive = DIRECTIVE.exec(line);
  if (directive && OUTPUT_LANGS.has((directive[2] ?? '').toLowerCase())) return blockAt(lines, k, (directive[1] ?? '').length);
  const intro = OUTPUT_INTRO.exec(line);
  return intro ? blockAt(lines, k, (intro[1] ?? '').length) : undefined;
}

/** The indented body of the directive or literal block introduced at `head` (indented more than `headIndent`). */
function blockAt(lines: readonly string[], head: number, headIndent: number): Block {
  let k = head + 1;
  while (k < lines.length && OPTION.test(lines[k] ?? '') && indentOf(lines[k] ?? '') > headIndent) k++;
  const start = k;
  while (k < lines.length && ((lines[k] ?? '').trim() === '' || indentOf(lines[k] ?? '') > headIndent)) k++;
  const { lines: body, skipped } = trimBlankLines(lines.slice(start, k));
  const indent = Math.min(...body.filter((l) => l.trim() !== '').map(indentOf));
  const width = Number.isFinite(indent) ? indent : headIndent + 3;
  return { head, end: k, body: body.map((l) => l.slice(Math.min(width, indentOf(l)))), first: start + skipped, indent: ' '.repeat(width) };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
