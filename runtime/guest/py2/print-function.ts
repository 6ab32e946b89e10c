import type { PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * The builtin `print` function, which `print(...)` calls in a module with `from __future__ import
 * print_function` (the parser and compiler decide that: Skulpt patches 0011 and 0012). It writes each item,
 * separator and end through `file.write` (sys.stdout by default), as Python 2's print function does, so str
 * bytes and unicode reach the output as they are.
 */

function stdout(): PyObject {
  const sys = Sk.sysmodules.mp$lookup(new Sk.builtin.str('sys'));
  const out = sys instanceof Sk.builtin.module ? sys.$d['stdout'] : undefined;
  if (out === undefined) throw new Sk.builtin.RuntimeError('lost sys.stdout');
  return out;
}

function stringArgument(value: PyObject | undefined, fallback: string, name: string): PyObject {
  if (value === undefined || value === Sk.builtin.none.none$) return new Sk.builtin.str(fallback);
  if (!(value instanceof Sk.builtin.str)) throw new Sk.builtin.TypeError(`${name} must be None, str or unicode, not ${Sk.abstr.typeName(value)}`);
  return value;
}

function printFunction(args: PyObject[], kwargs: (string | PyObject)[] | undefined): PyObject {
  const named = new Map<string, PyObject>();
  for (let i = 0; kwargs && i < kwargs.length; i += 2) {
    const name = String(kwargs[i]);
    if (!['sep', 'end', 'file'].includes(name)) throw new Sk.builtin.TypeError(`'${name}' is an invalid keyword argument for this function`);
    named.set(name, kwargs[i + 1] as PyObject);
  }
  const fileArg = named.get('file');
  const file = fileArg === undefined || fileArg === Sk.builtin.none.none$ ? stdout() : fileArg;
  const sep = stringArgument(named.get('sep'), ' ', 'sep');
  const end = stringArgument(named.get('end'), '\n', 'end');
  const write = Sk.abstr.gattr(file, new Sk.builtin.str('write'));
  const emit = (text: PyObject) => Sk.misceval.retryOptionalSuspensionOrThrow(Sk.misceval.callsimOrSuspendArray(write, [text]));
  args.forEach((value, i) => {
    if (i > 0) emit(sep);
    emit(value instanceof Sk.builtin.str ? value : new Sk.builtin.str(value));
  });
  emit(end);
  return Sk.builtin.none.none$;
}

export function installPrintFunction(): void {
  const fn = printFunction as unknown as { co_fastcall?: number };
  fn.co_fastcall = 1;
  const builtin = new Sk.builtin.func(printFunction);
  builtin.$name = 'print';
  Sk.builtins['print'] = builtin;
}
