/**
 * Markdown documents:
 * - ```python / ```py (also pycon, python2, jython) fenced blocks are examples; a block with `>>>` prompts is a transcript.
 *   A fence without a language that holds `>>>` prompts is a transcript too (unless it is another block's output).
 * - Expected output of a non-transcript block: a fenced ```output block right after it (only blank lines between), or
 *   a "Output" / "Results" section right after it (a heading or a line such as `**Output:**`) whose first fenced block
 *   is taken as the expected output.
 * - `<!-- doctest: +FLAGS -->` on the line(s) right before a block applies to every example in it.
 * - A fenced ```effects block right after the example (or after its output block; only blank lines between) lists the
 *   effects the example must have, one line per effect (bindings' effectLine); it belongs to the block's last example.
 */
import { directiveInHtmlComment } from './directives.js';
import type { DirectiveSpec, RawExample } from './example.js';
import { examplesFromCodeBlock, joinOutput } from './code-block-example.js';
import { containsPrompt } from './extract-transcript.js';

const PYTHON_LANGS = new Set(['python', 'py', 'pycon', 'python2', 'py2', 'jython']);
const OPEN_FENCE = /^(\s*)(`{3,}|~{3,})\s*\{?\s*\.?([\w+-]*)[^`]*$/;
const OUTPUT_HEADING = /^\s*(?:#{1,6}\s*)?(?:\*\*|__)?\s*(?:expected\s+)?(?:output|results?)\s*:?\s*(?:\*\*|__)?\s*:?\s*#*\s*$/i;
const HEADING = /^\s*#{1,6}\s/;

interface Fence {
  readonly lang: string;
  /** Index (0-based) of the opening fence line. */
  readonly open: number;
  /** Index of the closing fence line (lines.length when unterminated). */
  readonly close: number;
  readonly body: string[];
  readonly indent: string;
}

export function extractMarkdown(lines: readonly string[], startIndex: number): RawExample[] {
  const fences = findFences(lines, startIndex);
  const examples: RawExample[] = [];
  const usedAsOutput = new Set<Fence>();
  fences.forEach((fence, n) => {
    const isPython = PYTHON_LANGS.has(fence.lang);
    const isBareTranscript = fence.lang === '' && !usedAsOutput.has(fence) && containsPrompt(fence.body);
    if (!isPython && !isBareTranscript) return;
    const directives = directivesBefore(lines, fence.open);
    const outputFence = isPython ? outputFor(lines, fence, fences[n + 1]) : null;
    if (outputFence) usedAsOutput.add(outputFence);
    const want = outputFence ? {
      text: joinOutput(outputFence.body),
      source: 'output-block' as const,
      span: { start: outputFence.open + 1, end: outputFence.close, indent: outputFence.indent, style: 'block' as const },
    } : null;
    const found = examplesFromCodeBlock(fence.body, fence.open + 2, want, directives, fence.indent);
    const effectsFence = effectsFor(lines, outputFence ?? fence, fences[fences.indexOf(outputFence ?? fence) + 1]);
    const last = found.at(-1);
    if (effectsFence !== null && last !== undefined) found[found.length - 1] = { ...last, wantEffects: joinOutput(effectsFence.body) };
    examples.push(...found);
  });
  return examples;
}

function findFences(lines: readonly string[], startIndex: number): Fence[] {
  const fences: Fence[] = [];
  let i = startIndex;
  while (i < lines.length) {
    const m = OPEN_FENCE.exec(lines[i] ?? '');
    if (!m) {
      i++;
      continue;
    }
    const indent = (m[1] ?? '').length;
    const marker = m[2] ?? '```';
    const lang = (m[3] ?? '').toLowerCase();
    const closeRe = new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !closeRe.test(lines[j] ?? '')) {
      body.push(dedent(lines[j] ?? '', indent));
      j++;
    }
    fences.push({ lang, open: i, close: j, body, indent: ' '.repeat(indent) });
    i = j + 1;
  }
  return fences;
}

function dedent(line: string, indent: number): string {
  let k = 0;
  while (k < indent && line[k] === ' ') k++;
  return line.slice(k);
}

/** The fence holding this block's expected output, if one follows it directly. */
function outputFor(lines: readonly string[], fence: Fence, next: Fence | undefined): Fence | null {
  if (!next || PYTHON_LANGS.has(next.lang)) return null;
  const between = lines.slice(fence.close + 1, next.open).filter((l) => l.trim() !== '');
  if (between.length === 0) return next.lang === 'output' ? next : null;
  const [first, ...rest] = between;
  if (!OUTPUT_HEADING.test(first ?? '')) return null;
  // A section: prose may follow the heading, but not another heading.
  return rest.some((l) => HEADING.test(l)) ? null : next;
}

/** The ```effects fence that follows `previous` directly (only blank lines between), if there is one. */
function effectsFor(lines: readonly string[], previous: Fence, next: Fence | undefined): Fence | null {
  if (next?.lang !== 'effects') return null;
  return lines.slice(previous.close + 1, next.open).every((l) => l.trim() === '') ? next : null;
}

function directivesBefore(lines: readonly string[], open: number): DirectiveSpec[] {
  const found: DirectiveSpec[] = [];
  for (let i = open - 1; i >= 0; i--) {
    const l = lines[i] ?? '';
    if (l.trim() === '') continue;
    const d = directiveInHtmlComment(l);
    if (d === null) break;
    found.unshift({ text: d, line: i + 1 });
  }
  return found;
}
