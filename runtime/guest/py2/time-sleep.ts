import { bridge } from '../bridge.js';
import { checkNow, stopForTime } from '../limits.js';
import type { PyModule, PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Applies the time module's fixes (below) when an import first loads it, so a start does not import `time` (its
 * evaluation and the Intl time-zone lookup at its top level cost ~3 ms) for scripts that never use it. Every
 * import, from Python or from JavaScript, goes through Sk.importModuleInternal_.
 */
export function installTimeModuleFixes(): void {
  const patched = new WeakSet<object>();
  const original = Sk.importModuleInternal_;
  Sk.importModuleInternal_ = function (this: unknown, ...args: unknown[]) {
    return Sk.misceval.chain(original.apply(this, args), (module: PyObject) => {
      const timeModule = Sk.sysmodules.quick$lookup(new Sk.builtin.str('time')) as PyModule | undefined;
      if (timeModule !== undefined && !patched.has(timeModule)) {
        patched.add(timeModule);
        patchTimeSleep(timeModule);
        patchTimeStrftime(timeModule);
      }
      return module;
    });
  };
}

/**
 * time.sleep: Skulpt implements it by suspending, which the sandbox does not allow (runs are synchronous).
 * Here it blocks the guest, never past the run's deadline, so the time limit still holds.
 */
function patchTimeSleep(timeModule: PyModule): void {
  timeModule.$d['sleep'] = new Sk.builtin.func(function sleep(seconds: PyObject) {
    if (!(seconds instanceof Sk.builtin.int_ || seconds instanceof Sk.builtin.float_)) {
      throw new Sk.builtin.TypeError('a float is required');
    }
    const ms = Number(String(seconds.v)) * 1000;
    if (ms < 0) throw new Sk.builtin.IOError('[Errno 22] Invalid argument');
    // The sandbox process ends the sleep at the run's deadline (its clock decides) or at an interrupt.
    const why = bridge.sleep(ms);
    if (why === 'deadline') stopForTime();
    checkNow();
    return Sk.builtin.none.none$;
  });
}

/**
 * time.strftime's `%j`: Skulpt's strftime counts the day of the year with Math.ceil over local-time milliseconds,
 * one day low at midnight (and wrong when the isolate's zone is not the tuple's). Jython gives the calendar day.
 */
function patchTimeStrftime(timeModule: PyModule): void {
  const original = timeModule.$d['strftime'];
  const localtime = timeModule.$d['localtime'];
  if (original === undefined || localtime === undefined) throw new Error('perspective-sandbox: Skulpt\'s time module has no strftime or localtime');
  timeModule.$d['strftime'] = new Sk.builtin.func(function strftime(format: PyObject, t?: PyObject) {
    let fmt = format;
    if (fmt instanceof Sk.builtin.str && fmt.v.includes('%j')) {
      const tuple = t ?? Sk.misceval.callsimArray(localtime, []);
      const [y = 1900, m = 1, d = 1] = Sk.misceval.arrayFromIterable(tuple).slice(0, 3).map((x) => Number(Sk.builtin.asnum$(x)));
      const start = new Date(Date.UTC(2000, 0, 1));
      start.setUTCFullYear(y, 0, 1);
      const day = new Date(start.getTime());
      day.setUTCFullYear(y, m - 1, d);
      const yday = Math.round((day.getTime() - start.getTime()) / 86400000) + 1;
      fmt = new Sk.builtin.str(fmt.v.replace(/%./g, (s: string) => (s === '%j' ? String(yday).padStart(3, '0') : s)));
    }
    return Sk.misceval.callsimArray(original, t === undefined ? [fmt] : [fmt, t]);
  });
}
