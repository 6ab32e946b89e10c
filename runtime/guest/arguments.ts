import type { PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Binds a Python call's arguments to a declared parameter list, the way a Python 2 `def` does,
 * with CPython 2.7 / Jython 2.7 error messages.
 */
export interface ParamSpec {
  readonly name: string;
  readonly hasDefault: boolean;
}

export function bindArguments(
  funcName: string,
  params: readonly ParamSpec[],
  args: readonly PyObject[],
  kwargs: readonly (string | PyObject)[],
): Array<PyObject | undefined> {
  const kwCount = kwargs.length / 2;
  const given = args.length + kwCount;
  const defaults = params.filter((p) => p.hasDefault).length;
  if (args.length > params.length) {
    throw new Sk.builtin.TypeError(
      `${funcName}() takes ${defaults > 0 ? 'at most' : 'exactly'} ${plural(params.length)} (${given} given)`,
    );
  }
  const bound: Array<PyObject | undefined> = params.map((_, i) => args[i]);
  for (let i = 0; i < kwargs.length; i += 2) {
    const key = String(kwargs[i]);
    const index = params.findIndex((p) => p.name === key);
    if (index < 0) throw new Sk.builtin.TypeError(`${funcName}() got an unexpected keyword argument '${key}'`);
    if (bound[index] !== undefined) {
      throw new Sk.builtin.TypeError(`${funcName}() got multiple values for keyword argument '${key}'`);
    }
    // Keyword arguments alternate name, value: odd positions hold values.
    bound[index] = kwargs[i + 1] as PyObject | undefined;
  }
  const required = params.length - defaults;
  params.forEach((param, i) => {
    if (bound[i] === undefined && !param.hasDefault) {
      throw new Sk.builtin.TypeError(
        `${funcName}() takes ${defaults > 0 ? 'at least' : 'exactly'} ${plural(required)} (${given} given)`,
      );
    }
  });
  return bound;
}

function plural(n: number): string {
  return `${n} argument${n === 1 ? '' : 's'}`;
}
