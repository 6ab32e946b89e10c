import type { PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * `_psre`: the regular-expression engine behind our `re.py`. It translates a Python 2 pattern to a
 * JavaScript RegExp (named groups, inline flags, `\A`/`\Z`, Python's `^`/`$`/`.` semantics, verbose
 * mode) and runs one search at a time, returning group spans. Everything else of `re` (sub, split,
 * finditer, templates, match objects) is Python in re.py, with Python 2.7's documented iteration rules.
 */

export const FLAG_I = 2;
export const FLAG_L = 4;
export const FLAG_M = 8;
export const FLAG_S = 16;
export const FLAG_U = 32;
export const FLAG_X = 64;

const INLINE_FLAGS: Record<string, number> = { i: FLAG_I, L: FLAG_L, m: FLAG_M, s: FLAG_S, u: FLAG_U, x: FLAG_X };

export interface Translated {
  source: string;
  flags: number;
  groups: number;
  names: [string, number][];
}

export class PatternError extends Error {}

/** Inline flags `(?imsx)` apply to the whole pattern in Python 2, so they are collected first. */
function inlineFlags(pattern: string): number {
  let flags = 0;
  const re = /\(\?([iLmsux]+)\)/g;
  for (let m = re.exec(pattern); m !== null; m = re.exec(pattern)) {
    // Ignore an escaped "\(" before it.
    let backslashes = 0;
    for (let i = m.index - 1; i >= 0 && pattern[i] === '\\'; i--) backslashes++;
    if (backslashes % 2 === 1) continue;
    for (const c of m[1] as string) flags |= INLINE_FLAGS[c] ?? 0;
  }
  return flags;
}

export function translate(pattern: string, flags: number): Translated {
  flags |= inlineFlags(pattern);
  const verbose = (flags & FLAG_X) !== 0;
  const multiline = (flags & FLAG_M) !== 0;
  const dotall = (flags & FLAG_S) !== 0;
  let out = '';
  let groups = 0;
  const names: [string, number][] = [];
  let depth = 0;
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) throw new PatternError('bogus escape (end of line)');
      if (next === 'A') out += '(?<![\\s\\S])';
      else if (next === 'Z') out += '(?![\\s\\S])';
      else out += c + next;
      i += 2;
      continue;
    }
    if (c === '[') {
      // Copy a character class; a leading ']' is a literal in Python.
      let j = i + 1;
      let cls = '[';
      if (pattern[j] === '^') { cls += '^'; j++; }
      if (pattern[j] === ']') { cls += '\\]'; j++; }
      while (j < n && pattern[j] !== ']') {
        if (pattern[j] === '\\' && j + 1 < n) { cls += pattern.slice(j, j + 2); j += 2; continue; }
        if (pattern[j] === '[') { cls += '\\['; j++; continue; }
        cls += pattern[j];
        j++;
      }
      if (j >= n) throw new PatternError('unexpected end of regular expression');
      out += cls + ']';
      i = j + 1;
      continue;
    }
    if (verbose && /\s/.test(c)) { i++; continue; }
    if (verbose && c === '#') {
      while (i < n && pattern[i] !== '\n') i++;
      continue;
    }
    if (c === '(') {
      if (pattern[i + 1] === '?') {
        const rest = pattern.slice(i + 2);
        let m: RegExpExecArray | null;
        if ((m = /^P<([A-Za-z_]\w*)>/.exec(rest)) !== null) {
          groups++;
          depth++;
          if (names.some(([name]) => name === m![1])) throw new PatternError(`redefinition of group name '${m[1]}' as group ${groups}; was group ${names.find(([name]) => name === m![1])![1]}`);
          names.push([m[1] as string, groups]);
          out += `(?<${m[1]}>`;
          i += 2 + m[0].length;
          continue;
        }
        if ((m = /^P=([A-Za-z_]\w*)\)/.exec(rest)) !== null) {
          if (!names.some(([name]) => name === m![1])) throw new PatternError('unknown group name');
          out += `\\k<${m[1]}>`;
          i += 2 + m[0].length;
          continue;
        }
        if ((m = /^#[^)]*\)/.exec(rest)) !== null) { i += 2 + m[0].length; continue; }
        if ((m = /^[iLmsux]+\)/.exec(rest)) !== null) { i += 2 + m[0].length; continue; }
        if (/^(?::|=|!|<=|<!)/.test(rest)) {
          const len = rest.startsWith('<') ? 3 : 2;
          out += pattern.slice(i, i + 1 + len);
          depth++;
          i += 1 + len;
          continue;
        }
        if (rest.startsWith('P')) throw new PatternError(`unknown specifier: ?P${rest[1] ?? ''}`);
        throw new PatternError(`unexpected end of pattern`);
      }
      groups++;
      depth++;
      out += '(';
      i++;
      continue;
    }
    if (c === ')') {
      if (depth === 0) throw new PatternError('unbalanced parenthesis');
      depth--;
      out += ')';
      i++;
      continue;
    }
    if (c === '.') { out += dotall ? '[\\s\\S]' : '[^\\n]'; i++; continue; }
    if (c === '^') { out += multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])'; i++; continue; }
    if (c === '$') { out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))'; i++; continue; }
    if (c === '{') {
      const m = /^\{,(\d*)\}/.exec(pattern.slice(i));
      if (m !== null) { out += `{0,${m[1] === '' ? '' : m[1]}}`; i += m[0].length; continue; }
    }
    out += c;
    i++;
  }
  if (depth !== 0) throw new PatternError('unbalanced parenthesis');
  return { source: out, flags, groups, names };
}

interface Compiled {
  sticky: RegExp;
  global: RegExp;
  groups: number;
}

const JS_MESSAGES: [RegExp, string][] = [
  [/Nothing to repeat/i, 'nothing to repeat'],
  [/Unterminated group|Unmatched '\)'/i, 'unbalanced parenthesis'],
  [/Unterminated character class/i, 'unexpected end of regular expression'],
  [/numbers out of order/i, 'bad character range'],
  [/Range out of order/i, 'bad character range'],
  [/Invalid capture group name|Duplicate capture group name/i, 'bad character in group name'],
];

function compileJs(t: Translated): Compiled {
  const base = 'd' + ((t.flags & FLAG_I) !== 0 ? 'i' : '');
  try {
    return { sticky: new RegExp(t.source, base + 'y'), global: new RegExp(t.source, base + 'g'), groups: t.groups };
  } catch (err) {
    const text = err instanceof Error ? err.message : String(err);
    const known = JS_MESSAGES.find(([re]) => re.test(text));
    throw new PatternError(known ? known[1] : text.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '').toLowerCase());
  }
}

const compiled: Compiled[] = [];
const byKey = new Map<string, number>();

function strOf(obj: PyObject, what: string): string {
  if (obj instanceof Sk.builtin.str) return obj.v;
  throw new Sk.builtin.TypeError(`expected string or buffer${what ? '' : ''}`);
}

function intOf(obj: PyObject): number {
  return Number(Sk.builtin.asnum$(obj));
}

/** The `_psre` module: compile(pattern, flags) and search(handle, string, pos, endpos, anchored). */
export function regexEngineModule(): Record<string, PyObject> {
  const mod: Record<string, PyObject> = {};
  const errorHolder: { error?: PyObject } = {};
  mod['set_error'] = new Sk.builtin.func(function (cls: PyObject) {
    errorHolder.error = cls;
    return Sk.builtin.none.none$;
  });
  mod['compile'] = new Sk.builtin.func(function (pattern: PyObject, flagsObj: PyObject) {
    const source = strOf(pattern, 'pattern');
    const flags = intOf(flagsObj);
    const key = `${flags}\u0000${source}`;
    let handle = byKey.get(key);
    let t: Translated;
    try {
      t = translate(source, flags);
      if (handle === undefined) {
        compiled.push(compileJs(t));
        handle = compiled.length - 1;
        byKey.set(key, handle);
      }
    } catch (err) {
      if (err instanceof PatternError && errorHolder.error !== undefined) {
        throw Sk.misceval.callsimArray(errorHolder.error, [new Sk.builtin.str(err.message)]);
      }
      throw err;
    }
    const names = new Sk.builtin.list(t.names.map(([name, index]) => new Sk.builtin.tuple([new Sk.builtin.str(name), new Sk.builtin.int_(index)])));
    return new Sk.builtin.tuple([new Sk.builtin.int_(handle), new Sk.builtin.int_(t.groups), names, new Sk.builtin.int_(t.flags)]);
  });
  mod['search'] = new Sk.builtin.func(function (handleObj: PyObject, stringObj: PyObject, posObj: PyObject, endObj: PyObject, anchoredObj: PyObject) {
    const c = compiled[intOf(handleObj)];
    if (c === undefined) throw new Sk.builtin.ValueError('bad pattern handle');
    const text = strOf(stringObj, 'string');
    const end = Math.max(0, Math.min(intOf(endObj), text.length));
    const pos = Math.max(0, intOf(posObj));
    if (pos > end) return Sk.builtin.none.none$;
    const subject = end < text.length ? text.slice(0, end) : text;
    const re = Sk.misceval.isTrue(anchoredObj) ? c.sticky : c.global;
    re.lastIndex = pos;
    const m = re.exec(subject);
    if (m === null || m.indices === undefined) return Sk.builtin.none.none$;
    const spans: PyObject[] = [];
    for (let g = 0; g <= c.groups; g++) {
      const span = m.indices[g];
      spans.push(new Sk.builtin.int_(span ? span[0] : -1), new Sk.builtin.int_(span ? span[1] : -1));
    }
    return new Sk.builtin.tuple(spans);
  });
  return mod;
}
