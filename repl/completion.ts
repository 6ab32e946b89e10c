/** What the session can complete: whole replacements for a completable piece of text. */
export type CompletionSource = (text: string) => Promise<string[]>;

const INDENT = '    ';

/**
 * The completable token at the end of the text before the cursor: a dotted name with list indexes
 * (`sessions[0].us`), optionally followed by `["prefix` (session keys: `sessions[0]["pro`). Undefined when
 * the cursor follows something else (a call, a number).
 */
export function completableToken(before: string): string | undefined {
  const match = /[A-Za-z_](?:[\w.]|\[-?\d+\])*(?:\[["'][^"'\]]*)?$/.exec(before);
  if (!match) return undefined;
  const previous = before[match.index - 1];
  if (previous !== undefined && /[\w.)\]'"]/.test(previous)) return undefined;
  return match[0];
}

/**
 * node:readline's completer answer `[candidates, replacedText]` for the text before the cursor.
 * Tab on blank text indents (four spaces), as Python's rlcompleter does with a tab.
 */
export async function complete(before: string, source: CompletionSource): Promise<[string[], string]> {
  if (before.trim() === '') return [[before + INDENT], before];
  const token = completableToken(before);
  if (token === undefined) return [[], before];
  try {
    return [await source(token), token];
  } catch {
    return [[], token];
  }
}
