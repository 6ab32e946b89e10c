import { decodeByteLiteral, needsByteDecoding } from './byte-literals.js';
import { makeUnicode } from './unicode.js';

/**
 * `u'...'` literals are `unicode`, `'...'` literals are `str` (Skulpt's py2 compiler makes both str).
 *
 * Skulpt's parser drops the u prefix when it builds Str nodes, and its compiler emits every Str node as
 * `new Sk.builtin.str("...")`. So: (1) after `Sk.astFromParse`, find the string atoms of the parse tree that carry a
 * u prefix and mark their Str nodes (matched by line and column) by prefixing the text with MARK; (2) after
 * `Sk.compile`, rewrite the marked constants to `new Sk.builtin.unicode$literal("...")`. MARK is two private-use
 * characters, so a script would have to start a str literal with exactly those to be misread.
 */
const MARK = '\uE000\uE001';
const MARKED_CONSTANT = /new Sk\.builtin\.str\("\\ue000\\ue001/g;
const STRING_TOKEN = /^[uUbBrR]{0,2}['"]/;

interface CstNode {
  readonly type: number;
  readonly value?: string | null;
  readonly lineno: number;
  readonly col_offset: number;
  readonly children?: CstNode[] | null;
}

interface Atoms {
  /** `line:col` of every string atom with a u-prefixed piece (`u'a' 'b'` is unicode too). */
  readonly unicode: Set<string>;
  /** `line:col` -> bytes of the plain atoms Skulpt reads wrong (non-ASCII source text, \u, octal escapes). */
  readonly bytes: Map<string, string>;
}

function stringAtoms(root: CstNode): Atoms {
  const found = new Set<string>();
  const bytes = new Map<string, string>();
  const stack: CstNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.children;
    if (!children) continue;
    const first = children[0];
    if (first && !first.children && typeof first.value === 'string' && STRING_TOKEN.test(first.value)) {
      const tokens = children.map((c) => c.value).filter((v): v is string => typeof v === 'string' && STRING_TOKEN.test(v));
      const key = `${first.lineno}:${first.col_offset}`;
      if (tokens.some((v) => /^[bB]?[rR]?[uU]/.test(v))) found.add(key);
      else if (tokens.some(needsByteDecoding)) bytes.set(key, tokens.map(decodeByteLiteral).join(''));
      continue;
    }
    for (const child of children) stack.push(child);
  }
  return { unicode: found, bytes };
}

function markStrNodes(ast: unknown, atoms: Atoms): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node instanceof Sk.builtin.object) return;
    const n = node as { constructor: unknown; s?: PyObject; lineno?: number; col_offset?: number };
    if (n.constructor === Sk.astnodes.Str && n.s !== undefined) {
      const key = `${n.lineno}:${n.col_offset}`;
      if (atoms.unicode.has(key)) n.s = new Sk.builtin.str(MARK + n.s.v);
      else if (atoms.bytes.has(key)) n.s = new Sk.builtin.str(atoms.bytes.get(key));
      return;
    }
    for (const key of Object.keys(n)) visit((n as Record<string, unknown>)[key]);
  };
  visit(ast);
}

export function installUnicodeLiterals(): void {
  Sk.builtin['unicode$literal'] = function (text: string) {
    return makeUnicode(text);
  };
  const astFromParse = Sk.astFromParse;
  Sk.astFromParse = function (cst: CstNode, filename: string, flags: unknown) {
    const ast = astFromParse(cst, filename, flags);
    const atoms = stringAtoms(cst);
    if (atoms.unicode.size > 0 || atoms.bytes.size > 0) markStrNodes(ast, atoms);
    return ast;
  };
  const compile = Sk.compile;
  Sk.compile = function (...args: unknown[]) {
    const result = compile(...args);
    if (result.code.includes('\\ue000\\ue001')) result.code = result.code.replace(MARKED_CONSTANT, 'new Sk.builtin.unicode$literal("');
    return result;
  };
}
