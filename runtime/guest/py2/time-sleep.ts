import { bridge } from '../bridge.js';
import { checkNow, stopForTime } from '../limits.js';

/**
 * time.sleep: Skulpt implements it by suspending, which the sandbox does not allow (runs are synchronous).
 * Here it blocks the guest, never past the run's deadline, so the time limit still holds.
 */
export function patchTimeSleep(timeModule: PyObject): void {
  timeModule.$d.sleep = new Sk.builtin.func(function sleep(seconds: PyObject) {
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
