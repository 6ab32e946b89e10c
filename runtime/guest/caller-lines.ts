import { displayName, sourceLine } from './traceback.js';

/**
 * The Python frames calling into the runtime, innermost first, as (file, line): what `warnings` needs for the
 * caller's location (Skulpt keeps a frame's line in a JS local, `$currLineNo`, and has no frame objects). Each
 * script run's generated code is evaluated with a `//# sourceURL=` naming it, so V8's stack trace places its
 * frames in that code; the line is the last `$currLineNo = N;` statement before the call's position. Code not
 * compiled as a run (library modules, `exec` strings) has no such URL and its frames are skipped.
 */
const URL_PREFIX = 'psrun:';
const KEPT = 200;
const runs = new Map<string, { compileName: string; code: string }>();
let counter = 0;

/** A source URL for a run's generated code (appended as `//# sourceURL=...` to the text evaluated). */
export function sourceUrlFor(compileName: string, evaluated: string): string {
  const url = `${URL_PREFIX}${++counter}`;
  runs.set(url, { compileName, code: evaluated });
  if (runs.size > KEPT) runs.delete(runs.keys().next().value as string);
  return url;
}

export interface CallerFrame { filename: string; lineno: number; line: string }

const FRAME = /\((psrun:\d+):(\d+):(\d+)\)\s*$|at (psrun:\d+):(\d+):(\d+)\s*$/;
const LINE_STATEMENT = /^\$currLineNo = (\d+);$/gm;

function pythonLine(code: string, jsLine: number, jsColumn: number): number | undefined {
  let offset = 0;
  for (let line = 1; line < jsLine; line++) {
    const next = code.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  const before = code.slice(0, offset + jsColumn - 1);
  let found: number | undefined;
  for (const match of before.matchAll(LINE_STATEMENT)) found = Number(match[1]);
  return found;
}

export function callerFrames(): CallerFrame[] {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 200;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  const frames: CallerFrame[] = [];
  for (const text of stack.split('\n')) {
    const match = FRAME.exec(text);
    if (match === null) continue;
    const run = runs.get((match[1] ?? match[4])!);
    if (run === undefined) continue;
    const lineno = pythonLine(run.code, Number(match[2] ?? match[5]), Number(match[3] ?? match[6]));
    if (lineno === undefined) continue;
    frames.push({ filename: displayName(run.compileName), lineno, line: sourceLine(run.compileName, lineno) });
  }
  return frames;
}
