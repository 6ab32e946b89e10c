import { decodeBytes } from './codecs.js';
import { isUnicode } from './unicode.js';
import { rememberSource } from '../traceback.js';
import type { PyDict, PyObject, PyStr, PyType, SkGlobal } from '../skulpt-types.js';
import { slotsOf } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Python 2's `exec` statement, `eval()` and `compile()`. Skulpt's py2 grammar has no exec statement, so
 * `exec X [in G[, L]]` is rewritten, before parsing, into the call `exec (X, G, L)` (same lines, same
 * columns up to the statement's end). The code runs through Sk.compile in this same sandbox: the same
 * builtins (the unsafe ones are gone), the same import allowlist, the same time checks. Nothing of the
 * host becomes reachable that a script could not already write directly.
 */

interface Token { kind: 'name' | 'string' | 'op' | 'newline' | 'comment' | 'space'; start: number; end: number; text: string }

const STRING_PREFIX = /^(?:[uUbB]?[rR]?|[rR][bB]?)$/;

/** Just enough of Python's tokenizer to find statement boundaries, names and brackets. */
function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = src.length;
  const push = (kind: Token['kind'], start: number, end: number) => tokens.push({ kind, start, end, text: src.slice(start, end) });
  while (i < n) {
    const c = src[i] as string;
    if (c === '\n') { push('newline', i, i + 1); i++; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') { const s = i; while (i < n && /[ \t\r\f]/.test(src[i] as string)) i++; push('space', s, i); continue; }
    if (c === '\\' && src[i + 1] === '\n') { push('space', i, i + 2); i += 2; continue; }
    if (c === '#') { const s = i; while (i < n && src[i] !== '\n') i++; push('comment', s, i); continue; }
    if (/[A-Za-z_]/.test(c)) {
      const s = i;
      while (i < n && /\w/.test(src[i] as string)) i++;
      const word = src.slice(s, i);
      if ((src[i] === '"' || src[i] === "'") && STRING_PREFIX.test(word)) { i = skipString(src, i); push('string', s, i); continue; }
      push('name', s, i);
      continue;
    }
    if (c === '"' || c === "'") { const s = i; i = skipString(src, i); push('string', s, i); continue; }
    push('op', i, i + 1);
    i++;
  }
  return tokens;
}

function skipString(src: string, i: number): number {
  const q = src[i] as string;
  const triple = src.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  i += close.length;
  while (i < src.length) {
    if (src[i] === '\\') { i += 2; continue; }
    if (!triple && src[i] === '\n') return i;
    if (src.startsWith(close, i)) return i + close.length;
    i++;
  }
  return i;
}

/** `exec code in g, l` -> `exec (code, g, l)`; `exec code` -> `exec (code)`. Other text is untouched. */
export function rewriteExecStatements(src: string): string {
  if (!/\bexec\b/.test(src)) return src;
  const tokens = tokenize(src);
  const edits: { at: number; remove: number; insert: string }[] = [];
  let depth = 0;
  let atStatementStart = true;
  let sawLambda = false;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.kind === 'space' || tok.kind === 'comment') continue;
    if (tok.kind === 'newline') { if (depth === 0) { atStatementStart = true; sawLambda = false; } continue; }
    if (tok.kind === 'op') {
      if ('([{'.includes(tok.text)) depth++;
      else if (')]}'.includes(tok.text)) depth = Math.max(0, depth - 1);
      else if (depth === 0 && tok.text === ';') { atStatementStart = true; sawLambda = false; continue; }
      else if (depth === 0 && tok.text === ':' && !sawLambda) { atStatementStart = true; continue; }
      atStatementStart = false;
      continue;
    }
    if (tok.kind === 'name' && tok.text === 'lambda') sawLambda = true;
    if (atStatementStart && tok.kind === 'name' && tok.text === 'exec') {
      const end = rewriteOne(tokens, t, edits);
      if (end > t) t = end - 1;
      atStatementStart = false;
      continue;
    }
    atStatementStart = false;
  }
  let out = src;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.remove);
  return out;
}

/** Records the edits for the exec statement starting at tokens[t]; returns the index of its end token. */
function rewriteOne(tokens: Token[], t: number, edits: { at: number; remove: number; insert: string }[]): number {
  let k = t + 1;
  while (k < tokens.length && (tokens[k] as Token).kind === 'space') k++;
  const first = tokens[k];
  if (first === undefined || first.kind === 'newline' || first.kind === 'comment') return t;
  if (first.kind === 'op' && !'([{-+~`'.includes(first.text)) return t; // exec = ..., exec.x: not a statement
  let depth = 0;
  let inAt = -1;
  let lastEnd = first.start;
  let j = k;
  for (; j < tokens.length; j++) {
    const tok = tokens[j] as Token;
    if (tok.kind === 'op') {
      if ('([{'.includes(tok.text)) depth++;
      else if (')]}'.includes(tok.text)) depth--;
      else if (depth === 0 && tok.text === ';') break;
    }
    if (depth === 0 && (tok.kind === 'newline' || tok.kind === 'comment')) break;
    if (depth === 0 && inAt < 0 && tok.kind === 'name' && tok.text === 'in') { inAt = j; }
    if (tok.kind !== 'space' && tok.kind !== 'newline') lastEnd = tok.end;
  }
  edits.push({ at: first.start, remove: 0, insert: '(' });
  if (inAt >= 0) {
    const inTok = tokens[inAt] as Token;
    edits.push({ at: inTok.start, remove: 2, insert: ',' });
  }
  edits.push({ at: lastEnd, remove: 0, insert: ')' });
  return j;
}

/** A compiled piece of source, as compile() returns it. */
interface CodeInfo { source: string; filename: string; mode: string }

let codeType: PyType;
const codeInfo = new WeakMap<object, CodeInfo>();
let counter = 0;

function toJsFunction(source: string, filename: string): (gbl: Record<string, PyObject>) => unknown {
  const code = Sk.compile(source, filename, 'exec', false);
  rememberSource(filename, source);
  // The compiled module: a function of the module's globals.
  return Sk.global.eval(`${code.code}\n${code.funcname};`) as (gbl: Record<string, PyObject>) => unknown;
}

/** Source of an expression, compiled as a module that stores its value. */
function expressionModule(expr: string, slot: string): string {
  return `${slot} = (\n${expr.replace(/^[ \t]+/, '')}\n)`;
}

/**
 * Source text of a str or unicode. A str is bytes: its UTF-8 is decoded, so that the literals in it are the same
 * bytes again (`exec "print len('\xc3\xa9')"` is 2, not 4) and u'' literals get their characters.
 */
function sourceText(obj: PyStr): string {
  const text = obj.v;
  if (isUnicode(obj) || !/[\x80-\xff]/.test(text) || /[^\x00-\xff]/.test(text)) return text;
  try {
    return decodeBytes(text, 'utf-8', 'strict');
  } catch {
    return text;
  }
}

function sourceOf(obj: PyObject, what: string): CodeInfo {
  const info = codeInfo.get(obj);
  if (info !== undefined) return info;
  if (obj instanceof Sk.builtin.str) return { source: sourceText(obj), filename: '<string>', mode: what };
  throw new Sk.builtin.TypeError(`${what}() arg 1 must be a string or code object`);
}

function isDict(obj: PyObject): obj is PyDict {
  return obj instanceof Sk.builtin.dict;
}

/** Runs a module function over a namespace dict (or the main module's globals when none is given). */
function runIn(fn: (gbl: Record<string, PyObject>) => unknown, globalsObj: PyObject | undefined, localsObj: PyObject | undefined): Record<string, PyObject> {
  const none = Sk.builtin.none.none$;
  const g = globalsObj === undefined || globalsObj === none ? undefined : globalsObj;
  const l = localsObj === undefined || localsObj === none ? undefined : localsObj;
  if (g !== undefined && !isDict(g)) throw new Sk.builtin.TypeError('exec: arg 2 must be a dictionary or None');
  if (l !== undefined && !Sk.builtin.checkMapping?.(l) && !isDict(l)) throw new Sk.builtin.TypeError('exec: arg 3 must be a mapping or None');
  const saved = Sk.globals;
  if (g === undefined) {
    const gbl = Sk.globals as Record<string, PyObject>;
    const file = gbl['__file__'];
    try {
      Sk.misceval.retryOptionalSuspensionOrThrow(fn(gbl));
    } finally {
      Sk.globals = saved;
      if (file === undefined) delete gbl['__file__'];
      else gbl['__file__'] = file;
    }
    return gbl;
  }
  const gbl: Record<string, PyObject> = {};
  const load = (d: PyObject) => {
    for (const key of Sk.abstr.iter(d) ? Sk.misceval.arrayFromIterable(d) as PyObject[] : []) {
      if (!(key instanceof Sk.builtin.str) || key.v.includes('$') || key.v === '__proto__') continue;
      gbl[Sk.fixReserved(key.v)] = Sk.abstr.objectGetItem(d, key);
    }
  };
  const builtinsKey = new Sk.builtin.str('__builtins__');
  if (g.mp$lookup(builtinsKey) === undefined) g.mp$ass_subscript(builtinsKey, builtinsDict());
  load(g);
  const before = new Map(Object.entries(gbl));
  if (l !== undefined) load(l);
  Sk.globals = gbl;
  try {
    Sk.misceval.retryOptionalSuspensionOrThrow(fn(gbl));
  } finally {
    Sk.globals = saved;
    for (const [jsKey, value] of Object.entries(gbl)) {
      // The module prologue sets __file__; exec does not.
      if (jsKey === '__file__' && !before.has(jsKey)) continue;
      const key = new Sk.builtin.str(Sk.unfixReserved(jsKey));
      if (l === undefined) { Sk.abstr.objectSetItem(g, key, value); continue; }
      const inLocals = slotsOf(l).mp$lookup?.(key) !== undefined;
      const unchangedGlobal = before.has(jsKey) && before.get(jsKey) === value;
      if (!inLocals && unchangedGlobal) continue;
      // A name that existed only in the globals and changed was declared global there.
      const target = !inLocals && before.has(jsKey) ? g : l;
      Sk.abstr.objectSetItem(target, key, value);
    }
  }
  return gbl;
}

function builtinsDict(): PyObject {
  const d = new Sk.builtin.dict([]);
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(Sk.builtins as Record<string, PyObject>))) {
    // Lazy builtins (source packages, see source-packages.ts) are getters: copying them would load them all.
    if (name.startsWith('__ps_') || name.includes('$') || !('value' in descriptor)) continue;
    d.mp$ass_subscript(new Sk.builtin.str(name), descriptor.value);
  }
  return d;
}

function execBuiltin(code: PyObject, globalsObj?: PyObject, localsObj?: PyObject): PyObject {
  const info = sourceOf(code, 'exec');
  const source = info.mode === 'eval' ? expressionModule(info.source, '__ps_exec_value__') : info.source;
  runIn(toJsFunction(source, info.filename), globalsObj, localsObj);
  return Sk.builtin.none.none$;
}

function evalBuiltin(expr: PyObject, globalsObj?: PyObject, localsObj?: PyObject): PyObject {
  const info = sourceOf(expr, 'eval');
  if (info.mode === 'exec' && codeInfo.has(expr)) {
    runIn(toJsFunction(info.source, info.filename), globalsObj, localsObj);
    return Sk.builtin.none.none$;
  }
  const slot = `__ps_eval_${counter++}__`;
  const fn = toJsFunction(expressionModule(info.source, slot), info.filename);
  const gbl = runIn(fn, globalsObj, localsObj);
  const value = gbl[slot] ?? Sk.builtin.none.none$;
  delete gbl[slot];
  if (globalsObj !== undefined && globalsObj !== Sk.builtin.none.none$) {
    const key = new Sk.builtin.str(slot);
    for (const d of [globalsObj, localsObj]) if (d !== undefined && slotsOf(d).mp$lookup?.(key) !== undefined) Sk.abstr.objectDelItem(d, key);
  }
  return value;
}

function compileBuiltin(source: PyObject, filename: PyObject, mode: PyObject): PyObject {
  if (!(source instanceof Sk.builtin.str) || source.v.includes('\0')) throw new Sk.builtin.TypeError('compile() expected string without null bytes');
  const file = filename instanceof Sk.builtin.str ? filename.v : '<string>';
  if (file.includes('\0')) {
    throw new Sk.builtin.TypeError(`compile() argument 2 must be ${isUnicode(filename) ? 'encoded ' : ''}string without null bytes, not ${Sk.abstr.typeName(filename)}`);
  }
  const m = mode instanceof Sk.builtin.str ? mode.v : '';
  if (m !== 'exec' && m !== 'eval' && m !== 'single') throw new Sk.builtin.ValueError("compile() arg 3 must be 'exec', 'eval' or 'single'");
  // Compile now so that syntax errors surface at compile(), as in Python.
  const text = sourceText(source);
  Sk.compile(m === 'eval' ? expressionModule(text, '__ps_check__') : text, file, 'exec', false);
  const code = new codeType();
  codeInfo.set(code, { source: text, filename: file, mode: m });
  return code;
}

export function installExecStatement(): void {
  codeType = Sk.abstr.buildNativeClass('code', {
    constructor: function code() {},
    slots: {
      $r(this: PyObject) {
        const info = codeInfo.get(this);
        return new Sk.builtin.str(`<code object <module> at 0x${(0x1000 + counter).toString(16)}, file "${info?.filename ?? '?'}", line 1>`);
      },
    },
  });
  const parse = Sk.parse;
  Sk.parse = function (filename: string, source: string) {
    return parse.call(this, filename, rewriteExecStatements(source));
  };
  const define = (name: string, fn: (...args: PyObject[]) => PyObject, min: number) => {
    const f = new Sk.builtin.func(function (...args: PyObject[]) {
      Sk.builtin.pyCheckArgsLen(name, args.length, min, 3);
      return fn(...args);
    });
    f.$name = name;
    Sk.builtins[Sk.fixReserved(name)] = f;
  };
  define('exec', execBuiltin, 1);
  define('eval', evalBuiltin, 1);
  define('compile', compileBuiltin, 3);
}
