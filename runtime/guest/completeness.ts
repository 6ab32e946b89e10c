import { compile } from './exec.js';
import type { SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

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
  // Jython ends input inside brackets or a string with a newline (skulpt patch 0041); here the end of what was
  // typed so far must stay "EOF in multi-line ..." so that such input reads as incomplete.
  Sk.$psStrictEof = true;
  try {
    return decide(source);
  } finally {
    Sk.$psStrictEof = false;
  }
}

function decide(source: string): Completeness {
  const first = tryCompile(source);
  if (first === null) {
    return endsInCompoundStatement(source) && !source.endsWith('\n') ? { status: 'incomplete' } : { status: 'complete' };
  }
  const withOne = tryCompile(source + '\n');
  const withTwo = tryCompile(source + '\n\n');
  if (withOne === null || withTwo === null) return { status: 'incomplete' };
  if (/^EOF in multi-line/.test(first) || withOne !== withTwo) return { status: 'incomplete' };
  return { status: 'invalid', message: first };
}

const COMPOUND = ['If', 'For', 'While', 'With', 'TryExcept', 'TryFinally', 'Try', 'FunctionDef', 'ClassDef'];

/** Whether the last top-level statement is a block statement, which the interactive interpreter keeps open. */
function endsInCompoundStatement(source: string): boolean {
  const parsed = Sk.parse('<stdin>', source);
  const body = Sk.astFromParse(parsed.cst, '<stdin>', parsed.flags).body;
  const last = body[body.length - 1];
  return last !== undefined && COMPOUND.some((name) => {
    const node = Sk.astnodes[name];
    return node !== undefined && last instanceof node;
  });
}

function tryCompile(source: string): string | null {
  try {
    compile(source, '<stdin>');
    return null;
  } catch (err) {
    if (!(err instanceof Sk.builtin.BaseException)) return `${String(err)}@:`;
    // The first argument's engine value (a str's text, an int's number), as the message.
    const first = err.args.v[0] as { v?: unknown } | undefined;
    const message = String(first?.v ?? err);
    return `${message}@${err.$line ?? err.traceback[0]?.lineno ?? ''}:${err.$column ?? ''}`;
  }
}
