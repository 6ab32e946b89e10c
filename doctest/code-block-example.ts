import { directiveInSourceLine } from './directives.js';
import type { DirectiveSpec, RawExample, WantSpan } from './example.js';
import { containsPrompt, extractTranscript } from './extract-transcript.js';

/**
 * Examples from one block of Python lines: a transcript block gives one example per `>>>` statement;
 * any other block is one 'exec' example whose `# doctest:` comments (on any line) apply to the whole block.
 */
export function examplesFromCodeBlock(
  lines: readonly string[],
  firstLine: number,
  want: { readonly text: string; readonly source: 'output-block'; readonly span?: WantSpan } | null,
  extraDirectives: readonly DirectiveSpec[],
  indent = '',
): RawExample[] {
  if (containsPrompt(lines)) {
    return extractTranscript(lines, firstLine, indent).map((ex) => ({
      ...ex,
      directiveText: [...extraDirectives, ...ex.directiveText],
    }));
  }
  const directiveText: DirectiveSpec[] = [...extraDirectives];
  lines.forEach((l, k) => {
    const d = directiveInSourceLine(l);
    if (d !== null) directiveText.push({ text: d, line: firstLine + k });
  });
  return [{
    line: firstLine,
    source: lines.join('\n') + '\n',
    want: want ? want.text : null,
    wantSource: want ? want.source : null,
    mode: 'exec',
    directiveText,
    ...(want?.span ? { wantSpan: want.span } : {}),
  }];
}

/** Drops leading and trailing blank lines, returning the kept lines and how many were dropped at the start. */
export function trimBlankLines(lines: readonly string[]): { lines: string[]; skipped: number } {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return { lines: lines.slice(start, end), skipped: start };
}

/** Joins output lines into expected-output text ('' for none). */
export function joinOutput(lines: readonly string[]): string {
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
