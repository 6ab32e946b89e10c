import type { PyInstance, PyObject, PyType, SkClassBody, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Python 2 metaclasses: `__metaclass__ = M` in a class body, or a base whose type is a metaclass. Skulpt's
 * buildClass always calls `type`; when a metaclass applies, the class is made again by calling it with the
 * name, bases and namespace, as Python 2 does.
 */
function metaclassOf(locals: Record<string, PyObject>, bases: PyObject[]): PyObject | undefined {
  const declared = locals['__metaclass__'];
  if (declared !== undefined) return declared;
  let winner: PyType | undefined;
  for (const base of bases) {
    // Every engine object has its type in ob$type.
    const meta = (base as PyInstance | undefined)?.ob$type;
    if (meta === undefined || meta === Sk.builtin.type || !(meta.prototype instanceof Sk.builtin.type)) continue;
    if (winner === undefined || meta.prototype instanceof winner) winner = meta;
  }
  return winner;
}

export function installMetaclasses(): void {
  const buildClass = Sk.misceval.buildClass;
  Sk.misceval.buildClass = function (globals: Record<string, PyObject>, func: SkClassBody, name: string, bases: PyObject[], cell?: unknown) {
    let namespace: Record<string, PyObject> = {};
    const body = function (this: unknown, g: unknown, locals: Record<string, PyObject>, c: unknown) {
      namespace = locals;
      return func.call(this, g, locals, c);
    };
    const klass = buildClass(globals, body, name, bases, cell);
    const meta = metaclassOf(namespace, bases);
    if (meta === undefined) return klass;
    const items: PyObject[] = [];
    const moduleName = globals['__name__'];
    if (moduleName !== undefined && namespace['__module__'] === undefined) items.push(new Sk.builtin.str('__module__'), moduleName);
    for (const [key, value] of Object.entries(namespace)) items.push(new Sk.builtin.str(key), value);
    return Sk.misceval.callsimArray(meta, [new Sk.builtin.str(name), new Sk.builtin.tuple(bases), new Sk.builtin.dict(items)]);
  };
}
