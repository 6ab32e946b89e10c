import { strOfUnicode } from './codecs.js';
import { isUnicode, makeUnicode } from './unicode.js';
import type { PyKwArgs, PyObject, PyStr, SkGlobal } from '../skulpt-types.js';
import { engineValue, methodDescriptor } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * str.format as PEP 3101 / Python 2.7 define it. Skulpt's version is one regular expression: it crashes
 * with a JavaScript TypeError on a missing argument, cannot nest fields in a format spec (`{0:{1}}`) and
 * mishandles `{{`/`}}` next to fields. This is a real parser: literal text, escaped braces, fields with
 * attribute/index chains, `!r`/`!s`, and a format spec that may itself hold fields.
 */

interface Context {
  args: PyObject[];
  kwargs: Map<string, PyObject>;
  auto: number;
  mode: 'none' | 'auto' | 'manual';
  /** A str template's fields are str: a unicode field is encoded with ASCII (UnicodeEncodeError past it). */
  bytes: boolean;
}

function formatText(template: string, ctx: Context, depth: number): string {
  if (depth > 2) throw new Sk.builtin.ValueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = template.length;
  while (i < n) {
    const c = template[i] as string;
    if (c === '{') {
      if (template[i + 1] === '{') { out += '{'; i += 2; continue; }
      // Find the matching close brace, allowing nested fields in the spec.
      let level = 1;
      let j = i + 1;
      while (j < n && level > 0) {
        if (template[j] === '{') level++;
        else if (template[j] === '}') level--;
        if (level > 0) j++;
      }
      if (j >= n) throw new Sk.builtin.ValueError("expected '}' before end of string");
      out += formatField(template.slice(i + 1, j), ctx, depth);
      i = j + 1;
      continue;
    }
    if (c === '}') {
      if (template[i + 1] === '}') { out += '}'; i += 2; continue; }
      throw new Sk.builtin.ValueError("Single '}' encountered in format string");
    }
    out += c;
    i++;
  }
  return out;
}

function formatField(field: string, ctx: Context, depth: number): string {
  // field_name [! conversion] [: format_spec]; the name ends at the first '!' or ':' outside brackets.
  let k = 0;
  let inBracket = false;
  while (k < field.length) {
    const c = field[k];
    if (c === '[') inBracket = true;
    else if (c === ']') inBracket = false;
    else if (!inBracket && (c === '!' || c === ':')) break;
    k++;
  }
  const name = field.slice(0, k);
  let conversion: string | undefined;
  let spec = '';
  let rest = field.slice(k);
  if (rest.startsWith('!')) {
    conversion = rest[1];
    rest = rest.slice(2);
    if (rest !== '' && !rest.startsWith(':')) throw new Sk.builtin.ValueError('expected \':\' after format specifier');
  }
  if (rest.startsWith(':')) spec = rest.slice(1);
  let value = resolveName(name, ctx);
  if (conversion === 'r') value = Sk.builtin.repr(value);
  else if (conversion === 's') value = new Sk.builtin.str(value);
  else if (conversion !== undefined) throw new Sk.builtin.ValueError(`Unknown conversion specifier ${conversion ?? ''}`);
  const expandedSpec = spec.includes('{') ? formatText(spec, ctx, depth + 1) : spec;
  const formatted = Sk.abstr.objectFormat(value, new Sk.builtin.str(expandedSpec));
  // format() gives a str or a unicode.
  return ctx.bytes && isUnicode(formatted) ? strOfUnicode(formatted as PyStr).v : String(engineValue(formatted));
}

function resolveName(name: string, ctx: Context): PyObject {
  const m = /^([^.[]*)(.*)$/.exec(name) as RegExpExecArray;
  const first = m[1] as string;
  let chain = m[2] as string;
  let value: PyObject;
  if (first === '') {
    if (ctx.mode === 'manual') throw new Sk.builtin.ValueError('cannot switch from manual field specification to automatic field numbering');
    ctx.mode = 'auto';
    value = positional(ctx, ctx.auto++);
  } else if (/^\d+$/.test(first)) {
    if (ctx.mode === 'auto') throw new Sk.builtin.ValueError('cannot switch from automatic field numbering to manual field specification');
    ctx.mode = 'manual';
    value = positional(ctx, Number(first));
  } else {
    const v = ctx.kwargs.get(first);
    if (v === undefined) throw new Sk.builtin.KeyError(new Sk.builtin.str(first));
    value = v;
  }
  while (chain !== '') {
    let part: RegExpExecArray | null;
    if ((part = /^\.([^.[]+)/.exec(chain)) !== null) {
      value = Sk.abstr.gattr(value, new Sk.builtin.str(part[1]));
    } else if ((part = /^\[([^\]]+)\]/.exec(chain)) !== null) {
      const key = part[1] as string;
      value = Sk.abstr.objectGetItem(value, /^\d+$/.test(key) ? new Sk.builtin.int_(Number(key)) : new Sk.builtin.str(key));
    } else {
      throw new Sk.builtin.ValueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
    }
    chain = chain.slice(part[0].length);
  }
  return value;
}

function positional(ctx: Context, index: number): PyObject {
  const v = ctx.args[index];
  if (v === undefined) throw new Sk.builtin.IndexError('tuple index out of range');
  return v;
}

/** Replaces the method's implementation in place, so later wrappers (unicode mixing) wrap this one. */
export function installStrFormat(): void {
  const descriptor = methodDescriptor(Sk.builtin.str.prototype, 'format');
  if (descriptor === undefined) throw new Error('perspective-sandbox: Skulpt\'s str has no format method');
  const original = descriptor.$meth;
  const meth = function (this: PyStr, args: PyObject[], kwargs?: PyKwArgs) {
    const kw = new Map<string, PyObject>();
    for (let i = 0; kwargs && i < kwargs.length; i += 2) kw.set(kwargs[i] as string, kwargs[i + 1] as PyObject);
    const text = formatText(this.v, { args, kwargs: kw, auto: 0, mode: 'none', bytes: !isUnicode(this) }, 0);
    return isUnicode(this) ? makeUnicode(text) : new Sk.builtin.str(text);
  };
  descriptor.$meth = meth;
  if (descriptor.d$def) descriptor.d$def.$meth = meth;
  if (descriptor.func_code === original) descriptor.func_code = meth;
}
