import { compile } from './exec.js';

export interface Completeness {
  status: 'complete' | 'incomplete' | 'invalid';
  message?: string;
}

/**
 * Whether REPL input is a complete statement, decided by the real compiler the way CPython's
 * code.compile_command does: compile the text, then the text plus one and two newlines, and compare.
 * A compound statement (if/for/def/class...) stays open until a blank line, as in the interactive interpreter.
 */
export function completeness(source: string): Completeness {
  if (source.trim() === '') return { status: 'complete' };
  const first = tryCompile(source);
  if (first === null) {
    const compound = source.split('\n').some((line, i) => i > 0 ? /^\s/.test(line) && line.trim() !== '' : /:\s*(#.*)?$/.test(line));
    return compound && !source.endsWith('\n') ? { status: 'incomplete' } : { status: 'complete' };
  }
  const withOne = tryCompile(source + '\n');
  const withTwo = tryCompile(source + '\n\n');
  if (withOne === null || withTwo === null) return { status: 'incomplete' };
  if (/^EOF in multi-line/.test(first) || withOne !== withTwo) return { status: 'incomplete' };
  return { status: 'invalid', message: first };
}

function tryCompile(source: string): string | null {
  try {
    compile(source, '<stdin>');
    return null;
  } catch (err) {
    const e = err as PyObject;
    const message = String(e?.args?.v?.[0]?.v ?? e);
    return `${message}@${e?.$line ?? e?.traceback?.[0]?.lineno ?? ''}:${e?.$column ?? ''}`;
  }
}
