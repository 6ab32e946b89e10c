/** Doctest option flags: `# doctest: +ELLIPSIS -NORMALIZE_WHITESPACE`. */

export const DIRECTIVE_FLAGS = [
  'ELLIPSIS',
  'NORMALIZE_WHITESPACE',
  'SKIP',
  'IGNORE_EXCEPTION_DETAIL',
  'ALLOW_UNICODE',
] as const;

export type DirectiveFlag = (typeof DIRECTIVE_FLAGS)[number];
export type DirectiveFlags = Readonly<Record<DirectiveFlag, boolean>>;

export const NO_FLAGS: DirectiveFlags = Object.freeze({
  ELLIPSIS: false,
  NORMALIZE_WHITESPACE: false,
  SKIP: false,
  IGNORE_EXCEPTION_DETAIL: false,
  ALLOW_UNICODE: false,
});

export type DirectiveParse =
  | { readonly ok: true; readonly changes: ReadonlyArray<readonly [DirectiveFlag, boolean]> }
  | { readonly ok: false; readonly message: string };

/** Parses `+ELLIPSIS, -SKIP` (commas or spaces between options). */
export function parseDirectiveList(text: string): DirectiveParse {
  const changes: Array<readonly [DirectiveFlag, boolean]> = [];
  for (const token of text.split(/[\s,]+/).filter((t) => t.length > 0)) {
    const sign = token[0];
    const name = token.slice(1);
    if ((sign !== '+' && sign !== '-') || !isFlag(name)) {
      return {
        ok: false,
        message: `unknown doctest directive '${token}' (known: ${DIRECTIVE_FLAGS.map((f) => `+${f}`).join(', ')}; '-' turns one off)`,
      };
    }
    changes.push([name, sign === '+']);
  }
  return { ok: true, changes };
}

export function applyDirectives(base: DirectiveFlags, changes: ReadonlyArray<readonly [DirectiveFlag, boolean]>): DirectiveFlags {
  const next: Record<DirectiveFlag, boolean> = { ...base };
  for (const [flag, on] of changes) next[flag] = on;
  return Object.freeze(next);
}

function isFlag(name: string): name is DirectiveFlag {
  return (DIRECTIVE_FLAGS as readonly string[]).includes(name);
}

/** Python's doctest directive comment, at the end of a source line: `x = 1  # doctest: +SKIP`. */
const SOURCE_DIRECTIVE = /#\s*doctest:\s*([^\n'"#]*)$/;

/** The directive text on one Python source line, or null. */
export function directiveInSourceLine(line: string): string | null {
  const m = SOURCE_DIRECTIVE.exec(line);
  return m ? (m[1] ?? '').trim() : null;
}

/** `<!-- doctest: +SKIP -->` on its own line in Markdown: applies to the next code block. */
const HTML_DIRECTIVE = /^\s*<!--\s*doctest:\s*(.*?)\s*-->\s*$/;

export function directiveInHtmlComment(line: string): string | null {
  const m = HTML_DIRECTIVE.exec(line);
  return m ? (m[1] ?? '') : null;
}
