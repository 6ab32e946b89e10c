import { allCanaries, CANARY_RESULTS, type Canary } from './canary-probes.js';
import type { PyObject, SkGlobal } from '../skulpt-types.js';
import { engineValue } from '../slots.js';

declare const Sk: SkGlobal;

/** The probes, compiled by build.mjs with the patched compiler (see canary-probes.ts). */
declare const __PS_CANARY_JS__: string;

/**
 * Runs every fix's canary once, at start-up, and refuses to start when one does not give what Jython gives: a fix
 * that silently stopped working (Skulpt changed under it) fails loudly here instead of changing what scripts
 * print. The probes run with their own globals and a throw-away sys.modules in which `__future__` is a stub (the
 * real module would be compiled); the caller resets the interpreter after.
 */
export function checkCanaries(): void {
  Sk.sysmodules = new Sk.builtin.dict([new Sk.builtin.str('__future__'), futureStub()]);
  Sk.realsyspath = new Sk.builtin.list([new Sk.builtin.str('src/builtin'), new Sk.builtin.str('src/lib')]);
  check(allCanaries(), () => ({ code: __PS_CANARY_JS__, funcname: '$compiledmod' }));
}

function check(canaries: [string, Canary][], compile: () => { code: string; funcname: string }): void {
  const { results, error } = run(compile);
  canaries.forEach(([name, canary], i) => {
    const got = results[i];
    if (got === undefined) {
      throw new Error(`perspective-sandbox: the Python 2 fix '${name}' did not take effect (its start-up canary raised ${error ?? 'nothing'}); refusing to start`);
    }
    if (got !== canary.expect) {
      throw new Error(`perspective-sandbox: the Python 2 fix '${name}' did not take effect (its start-up canary gave ${got}, expected ${canary.expect}); refusing to start`);
    }
  });
}

function futureStub(): PyObject {
  const module = new Sk.builtin.module();
  module.$d = { __name__: new Sk.builtin.str('__future__') };
  for (const feature of ['division', 'absolute_import', 'print_function', 'unicode_literals', 'with_statement']) {
    module.$d[feature] = Sk.builtin.none.none$;
  }
  return module;
}

/** Runs a probe module; if a probe raised, the results stop before it. */
function run(compile: () => { code: string; funcname: string }): { results: string[]; error?: string | undefined } {
  const globals: Record<string, PyObject> = { __name__: new Sk.builtin.str('__ps_canary__') };
  let error: string | undefined;
  try {
    const code = compile();
    // The compiled module: a function of the module's globals.
    const moduleFn = Sk.global.eval(`${code.code}\n${code.funcname};`) as (globals: Record<string, PyObject>) => unknown;
    Sk.misceval.retryOptionalSuspensionOrThrow(moduleFn(globals));
  } catch (err) {
    error = err instanceof Sk.builtin.BaseException ? String(Sk.misceval.objectRepr(err)) : String(err);
  }
  const list = globals[CANARY_RESULTS];
  if (list === undefined) throw new Error(`perspective-sandbox: the start-up canaries of the Python 2 fixes did not run (${error ?? 'no result'}); refusing to start`);
  const items = list instanceof Sk.builtin.list ? list.v : [];
  return { results: items.map((s) => String(engineValue(s))), error };
}
