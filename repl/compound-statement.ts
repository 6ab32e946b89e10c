/**
 * Whether an entry's first line starts a compound statement (if/for/while/def/class/try/with, or a
 * decorator): those stay open until a blank line at the prompt. Anything else that compiles is complete
 * as soon as its brackets close, even when a continuation line is indented (`x = (1,\n     2)`).
 */
export function startsCompoundStatement(firstLine: string): boolean {
  return /^\s*(?:@|(?:if|elif|else|for|while|def|class|try|except|finally|with)\b)/.test(firstLine);
}
