import type { PyException, PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * sys.exc_info() for Skulpt. Skulpt's generated code catches an exception into a frame-local variable only, but
 * every frame it passes through (the one that handles it included) pushes a line record onto `err.traceback`.
 * The traceback array of every exception records that push: the exception last pushed is the one being handled.
 */
/** An exception object with the frames Skulpt's generated code pushes to its `traceback` as it unwinds. */
interface ExceptionWithFrames extends PyException { $tbFrames: unknown[] }

let current: PyException | undefined;

export function installExcInfoTracking(): void {
  const proto = Sk.builtin.BaseException.prototype;
  if (Object.getOwnPropertyDescriptor(proto, 'traceback') !== undefined) return;
  Object.defineProperty(proto, 'traceback', {
    configurable: true,
    get(this: ExceptionWithFrames) {
      return this.$tbFrames;
    },
    set(this: ExceptionWithFrames, frames: unknown[]) {
      const err = this;
      if (Array.isArray(frames)) {
        const push = Array.prototype.push;
        Object.defineProperty(frames, 'push', {
          configurable: true,
          writable: true,
          value(this: unknown[], ...items: unknown[]) {
            current = err;
            return push.apply(this, items);
          },
        });
      }
      this.$tbFrames = frames;
    },
  });
}

/** The exception most recently caught or passing through a frame; undefined when none since the run started. */
export function currentException(): PyException | undefined {
  return current;
}

export function clearCurrentException(): void {
  current = undefined;
}
