/**
 * Python-prompt transcripts, as doctest reads them:
 *   >>> statement            (first source line)
 *   ... continuation         (further source lines)
 *   expected output          (up to a blank line or the next `>>>`; write <BLANKLINE> for an empty output line)
 * Every `>>>` statement is one example, run in 'single' (interactive) mode. Lines outside examples are prose.
 */
import { directiveInSourceLine } from './directives.js';
import type { DirectiveSpec, RawExample, WantSpan } from './example.js';

const PROMPT = /^(\s*)>>>(?: |$)/;
const CONTINUATION = /^(\s*)\.\.\.(?: |$)/;

export function containsPrompt(lines: readonly string[]): boolean {
  return lines.some((l) => PROMPT.test(l));
}

/**
 * `firstLine` is the document line number of lines[0]; `outerIndent` is the indentation the lines had in the
 * document before they were given here (a fenced block's), for writing expected output back (--update-docs).
 */
export function extractTranscript(lines: readonly string[], firstLine: number, outerIndent = ''): RawExample[] {
  const examples: RawExample[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = PROMPT.exec(lines[i] ?? '');
    if (!m) {
      i++;
      continue;
    }
    const indent = m[1] ?? '';
    const startIndex = i;
    const source: string[] = [stripPrompt(lines[i] ?? '', indent)];
    i++;
    while (i < lines.length) {
      const c = CONTINUATION.exec(lines[i] ?? '');
      if (!c || c[1] !== indent) break;
      source.push(stripPrompt(lines[i] ?? '', indent));
      i++;
    }
    const want: string[] = [];
    const wantStart = i;
    while (i < lines.length) {
      const l = lines[i] ?? '';
      if (l.trim() === '' || PROMPT.test(l)) break;
      want.push(l.startsWith(indent) ? l.slice(indent.length) : l.trimStart());
      i++;
    }
    const directiveText: DirectiveSpec[] = [];
    source.forEach((s, k) => {
      const d = directiveInSourceLine(s);
      if (d !== null) directiveText.push({ text: d, line: firstLine + startIndex + k });
    });
    examples.push({
      line: firstLine + startIndex,
      source: source.join('\n') + '\n',
      want: want.length > 0 ? want.join('\n') + '\n' : '',
      wantSource: 'transcript',
      mode: 'single',
      directiveText,
      wantSpan: span(firstLine - 1 + wantStart, firstLine - 1 + i, outerIndent + indent),
    });
  }
  return examples;
}

function span(start: number, end: number, indent: string): WantSpan {
  return { start, end, indent, style: 'transcript' };
}

function stripPrompt(line: string, indent: string): string {
  return line.slice(indent.length + 4);
}
