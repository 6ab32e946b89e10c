import type { Py2Fix } from './fix.js';

/**
 * Runs every fix's canary once, at start-up, in one compiled module (one compile keeps the cost to a few ms),
 * and refuses to start when one does not give what Jython gives: a fix that silently stopped working (Skulpt
 * changed under it) fails loudly here instead of changing what scripts print.
 * The probes run with their own globals and a throw-away sys.modules; the caller resets the interpreter after.
 */
export function checkCanaries(fixes: readonly Py2Fix[]): void {
  const results = runProbes(fixes);
  fixes.forEach((fix, i) => {
    const got = results[i];
    if (got !== fix.canary.expect) {
      throw new Error(`perspective-sandbox: the Python 2 fix '${fix.name}' did not take effect (its start-up canary gave ${got ?? 'nothing'}, expected ${fix.canary.expect}); refusing to start`);
    }
  });
}

function probeModule(fixes: readonly Py2Fix[]): string {
  const functions = fixes.map((fix, i) => `def __ps_canary_${i}__():\n${fix.canary.probe.split('\n').map((line) => `    ${line}\n`).join('')}`);
  const names = fixes.map((_, i) => `__ps_canary_${i}__`).join(', ');
  return `${functions.join('')}__ps_results__ = []
for __ps_f__ in [${names}]:
    try:
        __ps_results__.append(repr(__ps_f__()))
    except BaseException, __ps_e__:
        __ps_results__.append('raised %s: %s' % (type(__ps_e__).__name__, __ps_e__))
`;
}

function runProbes(fixes: readonly Py2Fix[]): string[] {
  Sk.sysmodules = new Sk.builtin.dict([]);
  Sk.realsyspath = new Sk.builtin.list([new Sk.builtin.str('src/builtin'), new Sk.builtin.str('src/lib')]);
  const globals: Record<string, PyObject> = { __name__: new Sk.builtin.str('__ps_canary__') };
  try {
    const code = Sk.compile(probeModule(fixes), '<canary>', 'exec', false);
    const moduleFn = Sk.global['eval'](`${code.code}\n${code.funcname};`);
    Sk.misceval.retryOptionalSuspensionOrThrow(moduleFn(globals));
  } catch (err) {
    const text = err instanceof Sk.builtin.BaseException ? String(Sk.misceval.objectRepr(err)) : String(err);
    throw new Error(`perspective-sandbox: the start-up canaries of the Python 2 fixes did not run (${text}); refusing to start`);
  }
  return globals['__ps_results__'].v.map((s: PyObject) => String(s.v));
}
