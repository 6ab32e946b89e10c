/**
 * A deterministic stand-in for the sandbox: understands a tiny subset of Python 2, enough for the engine's tests.
 *   name = EXPR | print EXPR[, EXPR...] | raise Name("msg") | raise Name | exit(N) | EXPR (echoed in 'single' mode)
 *   EXPR: 'str' / "str" / u'str' / integer / name / name + integer
 */
import type { ExampleExecutor, ExecOutcome, ExecutorDocument, ExecutorFactory } from '../../doctest/runner-types.js';

type Value = string | number;

class Raise extends Error {
  constructor(readonly pyType: string, readonly pyMessage: string) {
    super(`${pyType}: ${pyMessage}`);
  }
}

export interface FakeFactory extends ExecutorFactory {
  readonly opened: ExecutorDocument[];
  readonly disposed: string[];
  readonly executed: string[];
}

export function createFakeFactory(opts: {
  failToStart?: (doc: ExecutorDocument) => boolean;
  /** Delay before each exec, to shuffle completion order between documents. */
  delayMs?: (doc: ExecutorDocument) => number;
} = {}): FakeFactory {
  const opened: ExecutorDocument[] = [];
  const disposed: string[] = [];
  const executed: string[] = [];
  const factory = async (doc: ExecutorDocument): Promise<ExampleExecutor> => {
    if (opts.failToStart?.(doc)) throw new Error('fixture could not be loaded');
    opened.push(doc);
    const ns = new Map<string, Value>();
    return {
      async exec(source, execOpts): Promise<ExecOutcome> {
        executed.push(`${doc.path}:${execOpts.firstLine}`);
        const delay = opts.delayMs?.(doc) ?? 0;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        let stdout = '';
        try {
          for (const raw of source.split('\n')) {
            const line = raw.replace(/#.*$/, '').trim();
            if (line === '') continue;
            let m: RegExpExecArray | null;
            if ((m = /^print\s+(.*)$/.exec(line))) {
              stdout += splitArgs(m[1] ?? '').map((e) => String(evaluate(e, ns))).join(' ') + '\n';
            } else if ((m = /^raise\s+(\w+)(?:\((['"])(.*)\2\))?$/.exec(line))) {
              throw new Raise(m[1] ?? '', m[3] ?? '');
            } else if ((m = /^exit\((\d+)\)$/.exec(line))) {
              return { stdout, stderr: '', exception: null, exitCode: Number(m[1]) };
            } else if ((m = /^([A-Za-z_]\w*)\s*=\s*(.+)$/.exec(line))) {
              ns.set(m[1] ?? '', evaluate(m[2] ?? '', ns));
            } else {
              const v = evaluate(line, ns);
              if (execOpts.mode === 'single') stdout += repr(v) + '\n';
            }
          }
          return { stdout, stderr: '', exception: null, exitCode: 0 };
        } catch (err) {
          if (err instanceof Raise) return { stdout, stderr: `Traceback...\n${err.message}\n`, exception: { type: err.pyType, message: err.pyMessage }, exitCode: 1 };
          throw err;
        }
      },
      async dispose(): Promise<void> {
        disposed.push(doc.path);
      },
    };
  };
  return Object.assign(factory, { opened, disposed, executed });
}

function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      cur += ch;
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
    } else if (ch === ',') {
      parts.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') parts.push(cur.trim());
  return parts;
}

function evaluate(expr: string, ns: Map<string, Value>): Value {
  const e = expr.trim();
  let m: RegExpExecArray | null;
  if ((m = /^u?(['"])(.*)\1$/.exec(e))) return m[2] ?? '';
  if (/^-?\d+$/.test(e)) return Number(e);
  if ((m = /^([A-Za-z_]\w*)\s*\+\s*(\d+)$/.exec(e))) return Number(evaluate(m[1] ?? '', ns)) + Number(m[2]);
  if (/^[A-Za-z_]\w*$/.test(e)) {
    const v = ns.get(e);
    if (v === undefined) throw new Raise('NameError', `name '${e}' is not defined`);
    return v;
  }
  throw new Raise('SyntaxError', `fake executor cannot parse: ${e}`);
}

function repr(v: Value): string {
  return typeof v === 'number' ? String(v) : `'${v}'`;
}
