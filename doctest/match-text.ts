/** Doctest's output comparison, on text that has already been split off from any traceback. */
import type { DirectiveFlags } from './directives.js';

/** Line endings to \n, trailing whitespace dropped from every line, trailing blank lines dropped. */
export function normalizeLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[ \t\f\v]+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n');
}

/** pytest's ALLOW_UNICODE: u'x' and U"x" (also ur'') compare equal to 'x'. */
export function stripUnicodePrefixes(text: string): string {
  return text.replace(/(\W|^)[uU]([rR]?['"])/gm, '$1$2');
}

export function collapseWhitespace(text: string): string {
  return text.split(/\s+/).filter((t) => t.length > 0).join(' ');
}

/** doctest's _ellipsis_match: `...` in want matches any text, across lines too. */
export function ellipsisMatch(want: string, got: string): boolean {
  if (!want.includes('...')) return want === got;
  const pieces = want.split('...');
  let start = 0;
  let end = got.length;
  const first = pieces[0] ?? '';
  if (first !== '') {
    if (!got.startsWith(first)) return false;
    start = first.length;
  }
  const last = pieces[pieces.length - 1] ?? '';
  if (last !== '') {
    if (!got.endsWith(last)) return false;
    end -= last.length;
  }
  if (start > end) return false;
  for (const piece of pieces.slice(1, -1)) {
    if (piece === '') continue;
    const at = got.indexOf(piece, start);
    if (at < 0 || at + piece.length > end) return false;
    start = at + piece.length;
  }
  return true;
}

/** True when got satisfies want under the flags. Both are normalised first. */
export function textMatches(want: string, got: string, flags: DirectiveFlags): boolean {
  let w = normalizeLines(want);
  let g = normalizeLines(got);
  if (flags.ALLOW_UNICODE) {
    w = stripUnicodePrefixes(w);
    g = stripUnicodePrefixes(g);
  }
  if (w === g) return true;
  if (flags.NORMALIZE_WHITESPACE) {
    w = collapseWhitespace(w);
    g = collapseWhitespace(g);
    if (w === g) return true;
  }
  return flags.ELLIPSIS && ellipsisMatch(w, g);
}
