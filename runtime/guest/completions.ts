import { isMapping } from './mapping-adapter.js';
import type { PyInstance, PyObject, SkGlobal } from './skulpt-types.js';
import { strValue } from './slots.js';

declare const Sk: SkGlobal;

const KEYWORDS = [
  'and', 'as', 'assert', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'exec',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'not', 'or', 'pass', 'print',
  'raise', 'return', 'try', 'while', 'with', 'yield',
];

/**
 * Tab completion for the REPL, in the manner of rlcompleter: names (globals, builtins, keywords),
 * attributes after a dot, and keys inside `obj["` for mappings. Returns whole replacements for `text`.
 */
export function completions(text: string, globals: Record<string, PyObject>): string[] {
  const keyMatch = /^([A-Za-z_][\w.]*(?:\[-?\d+\])*)\[(["'])([^"']*)$/.exec(text);
  if (keyMatch) return keyCompletions(keyMatch[1] as string, keyMatch[2] as string, keyMatch[3] as string, globals);
  const dot = text.lastIndexOf('.');
  if (dot > 0) {
    const owner = resolve(text.slice(0, dot), globals);
    if (owner === undefined) return [];
    const prefix = text.slice(dot + 1);
    // A module's members are listed without reading them: some are lazy (a Python part, see modules.ts) and
    // must not be loaded by a completion, outside any run.
    const module = owner instanceof Sk.builtin.module ? owner : undefined;
    const names = module !== undefined
      ? Object.keys(module.$d).map((key) => Sk.unfixReserved(key))
      : Sk.misceval.arrayFromIterable(Sk.builtin.dir(owner)).map((n) => strValue(n) ?? '');
    // A session object's keys are attributes too (s.username), though dir() does not list them.
    if (isMapping(owner)) names.push(...mappingKeys(owner).filter((k) => /^[A-Za-z_]\w*$/.test(k)));
    return unique(names.filter((n) => n.startsWith(prefix) && (prefix.startsWith('_') || !n.startsWith('_'))))
      .map((n) => text.slice(0, dot + 1) + n + (module !== undefined ? lazySuffix(module.$d, new Sk.builtin.str(n).$mangled as string, '(') : suffix(safeAttr(owner, n))));
  }
  const names = [...Object.keys(globals), ...Object.keys(Sk.builtins), ...KEYWORDS]
    .filter((n) => /^[A-Za-z_]\w*$/.test(n) && !n.startsWith('__ps'));
  return unique(names.filter((n) => n.startsWith(text)))
    .map((n) => n + (KEYWORDS.includes(n) ? '' : globals[n] !== undefined ? suffix(globals[n]) : lazySuffix(Sk.builtins, n, '.')));
}

function keyCompletions(expr: string, quote: string, prefix: string, globals: Record<string, PyObject>): string[] {
  const owner = resolve(expr, globals);
  if (owner === undefined || !(owner instanceof Sk.builtin.dict || isMapping(owner))) return [];
  const keys = mappingKeys(owner);
  return unique(keys.filter((k) => k.startsWith(prefix))).map((k) => `${expr}[${quote}${k}${quote}]`);
}

function mappingKeys(owner: PyObject): string[] {
  return Sk.misceval.arrayFromIterable(owner).flatMap((k) => (k instanceof Sk.builtin.str ? [k.v] : []));
}

/** Resolves `name.attr[0].attr` without running code beyond attribute lookup and list/tuple indexing. */
function resolve(path: string, globals: Record<string, PyObject>): PyObject | undefined {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[-?\d+\])*$/.test(path)) return undefined;
  const parts = path.match(/[A-Za-z_]\w*|\[-?\d+\]/g) ?? [];
  const [head, ...rest] = parts;
  if (head === undefined || head.startsWith('[')) return undefined;
  let obj = globals[head] ?? Sk.builtins[head];
  for (const part of rest) {
    if (obj === undefined) return undefined;
    obj = part.startsWith('[') ? safeIndex(obj, Number(part.slice(1, -1))) : safeAttr(obj, part);
  }
  return obj;
}

function safeIndex(obj: PyObject, index: number): PyObject | undefined {
  if (!(obj instanceof Sk.builtin.list || obj instanceof Sk.builtin.tuple)) return undefined;
  const items = obj.v;
  return items[index < 0 ? items.length + index : index];
}

function safeAttr(obj: PyObject, name: string): PyObject | undefined {
  try {
    return (obj as PyInstance).tp$getattr?.(new Sk.builtin.str(name));
  } catch {
    return undefined;
  }
}

function suffix(value: PyObject | undefined): string {
  if (value === undefined) return '';
  if (value instanceof Sk.builtin.module) return '.';
  return Sk.builtin.checkCallable(value) ? '(' : '';
}

/** The suffix of a member read only if it is a plain value; a lazy member (a getter) gets `lazy` unread. */
function lazySuffix(holder: Record<string, PyObject>, key: string, lazy: string): string {
  const descriptor = Object.getOwnPropertyDescriptor(holder, key);
  if (descriptor === undefined) return '';
  return 'value' in descriptor ? suffix(descriptor.value) : lazy;
}

function unique(items: string[]): string[] {
  return [...new Set(items)].sort();
}
