/**
 * Writing a text into Python 2 source, two ways: fully escaped (`u'\u0027...'`, so the text never appears raw
 * and the test's expectations cannot be hit by the bug under test), and as a literal that keeps every
 * character raw that Python allows raw in that kind of literal (the form that must survive the compiler).
 */

/** `u'...'` with every character as a \uXXXX escape. */
export function escapedUnicode(text: string): string {
  let out = "u'";
  for (let i = 0; i < text.length; i++) out += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return `${out}'`;
}

export type LiteralForm = "'" | '"""' | "u'" | 'u"""' | "b'";

/**
 * A literal whose value is `text` (as UTF-8 bytes for str forms): only backslash, the quote, CR, NUL and (in
 * single-quoted forms) LF are escaped; everything else, U+2028/U+2029, `$`, backticks and `*` `/` included,
 * stays raw in the source.
 */
export function rawLiteral(text: string, form: LiteralForm): string {
  const prefix = form.startsWith('u') ? 'u' : form.startsWith('b') ? 'b' : '';
  const quote = form.endsWith('"""') ? '"""' : "'";
  let body = '';
  for (const ch of text) {
    if (ch === '\\') body += '\\\\';
    else if (ch === "'" || ch === '"') body += `\\${ch}`;
    else if (ch === '\r') body += '\\r';
    else if (ch === '\0') body += '\\x00';
    else if (ch === '\n' && quote === "'") body += '\\n';
    else body += ch;
  }
  return `${prefix}${quote}${body}${quote}`;
}

/** Is this a unicode (u-prefixed) form? Its value is the text; other forms hold its UTF-8 bytes. */
export function isUnicodeForm(form: LiteralForm): boolean {
  return form.startsWith('u');
}
