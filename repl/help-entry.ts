import { SESSION_KEY_DOCS, SESSION_OBJECT_DOC } from '../bindings/session-key-docs.js';

/**
 * `help` in the REPL. The sandbox has no `help` builtin (pydoc needs the file system), so the REPL
 * answers a whole entry of the form `help(EXPR)` itself: it evaluates EXPR in the session and prints
 * its `__doc__` (host functions such as getSessionInfo document their signature, description,
 * parameters and return type there). A session object (whose type inherits object's "The most base
 * type") gets a description of itself and its keys, with their values. A bare `help` prints a hint.
 */
export type HelpEntry = { kind: 'bare' } | { kind: 'object'; source: string };

export function helpEntry(source: string): HelpEntry | undefined {
  const text = source.trim();
  if (text === 'help' || text === 'help()') return { kind: 'bare' };
  const call = /^help\s*\(([\s\S]+)\)$/.exec(text);
  if (!call || !balanced(call[1] as string)) return undefined;
  const expr = (call[1] as string).trim();
  return {
    kind: 'object',
    source: `print (lambda __ps_o: ${SESSION_HELP} if type(__ps_o).__name__ == 'PyJsonObjectAdapter' else getattr(__ps_o, '__doc__', None) or 'No documentation found for %r.' % (__ps_o,))(${expr})`,
  };
}

/** Python text (an expression over `__ps_o`) for help(session): the description, then key, meaning and value per key. */
const SESSION_HELP = `(${JSON.stringify(SESSION_OBJECT_DOC + '\n')} + '\\n'.join('  %-16s %-48s %r' % (__ps_k, ${JSON.stringify(SESSION_KEY_DOCS)}.get(__ps_k, ''), __ps_o[__ps_k]) for __ps_k in __ps_o.keys()))`;

/** True when the brackets of `text` close in order (so `help(a) + (b)` is not taken for help). */
function balanced(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote !== undefined) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth < 0) return false;
  }
  return depth === 0;
}
