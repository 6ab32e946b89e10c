import type { PyObject, PyStr, SkAstNode, SkGlobal } from '../skulpt-types.js';
import { engineValue } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Skulpt 1.2.0 compiles a generator function's `def` without its decorators (and without a name: it reports
 * `<native JS>`). After parsing, a decorated generator `@d1 @d2 def g(...)` becomes `def g(...)` followed by
 * `g = d1(d2(g))`, and every generator function gets its name. The decorator expressions are evaluated after the
 * def instead of before: a difference no decorator in practice depends on.
 * (A compiler fix in runtime/skulpt/patches would be the proper place; this rewrite stands until then.)
 */
const NAME_HELPER = '__ps_generator_name__';

function containsYield(node: unknown, top = true): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (Array.isArray(node)) return node.some((n) => containsYield(n, false));
  if (node instanceof Sk.astnodes.Yield) return true;
  if (!top && (node instanceof Sk.astnodes.FunctionDef || node instanceof Sk.astnodes.Lambda || node instanceof Sk.astnodes.ClassDef)) {
    return false;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'decorator_list' || key === 'args') continue;
    if (value !== null && typeof value === 'object' && containsYield(value, false)) return true;
  }
  return false;
}

/** A FunctionDef node: the fields this rewrite reads and changes. */
interface FunctionDefNode extends SkAstNode { name: PyStr; decorator_list?: SkAstNode[]; body: unknown }

function afterGenerator(def: FunctionDefNode): SkAstNode[] {
  const { lineno, col_offset: col } = def;
  const load = (id: string) => new Sk.astnodes.Name(new Sk.builtin.str(id), Sk.astnodes.Load, lineno, col);
  const fname = def.name.v;
  let value: SkAstNode = new Sk.astnodes.Call(load(NAME_HELPER), [load(fname), new Sk.astnodes.Str(new Sk.builtin.str(fname), lineno, col)], [], lineno, col);
  const decorators = def.decorator_list ?? [];
  for (let i = decorators.length - 1; i >= 0; i--) value = new Sk.astnodes.Call(decorators[i], [value], [], lineno, col);
  def.decorator_list = [];
  const target = new Sk.astnodes.Name(def.name, Sk.astnodes.Store, lineno, col);
  return [new Sk.astnodes.Assign([target], value, lineno, col)];
}

function rewrite(stmts: unknown): void {
  if (!Array.isArray(stmts)) return;
  for (let i = 0; i < stmts.length; i++) {
    const stmt = stmts[i];
    if (stmt instanceof Sk.astnodes.FunctionDef) {
      const def = stmt as FunctionDefNode;
      rewrite(def.body);
      if (containsYield(def.body)) {
        const extra = afterGenerator(def);
        stmts.splice(i + 1, 0, ...extra);
        i += extra.length;
      }
      continue;
    }
    for (const key of ['body', 'orelse', 'finalbody']) rewrite(stmt?.[key]);
    if (Array.isArray(stmt?.handlers)) for (const h of stmt.handlers) rewrite(h?.body);
  }
}

export function installGeneratorDecorators(): void {
  const astFromParse = Sk.astFromParse;
  Sk.astFromParse = function (this: unknown, cst: unknown, filename: string, flags: number) {
    const mod = astFromParse.call(this, cst, filename, flags);
    rewrite(mod?.body);
    return mod;
  };
  const helper = new Sk.builtin.func(function (fn: PyObject, name: PyObject) {
    if (fn instanceof Sk.builtin.func && fn.$name === '<native JS>') {
      fn.$name = String(engineValue(name));
      fn.$qualname = String(engineValue(name));
    }
    return fn;
  });
  helper.$name = NAME_HELPER;
  Sk.builtins[NAME_HELPER] = helper;
}
