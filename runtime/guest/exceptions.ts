import { limitMessage } from './limits.js';
import type { PyException, PyExceptionClass, PyObject, SkGlobal } from './skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * Exception types Skulpt lacks that the sandbox raises (KeyboardInterrupt and the limit stop), and the message
 * of MemoryError (patch 0022-errors-allocation-failure-memory-error adds the class, and raises it for
 * JavaScript's allocation failures).
 */
export function installExceptions(): void {
  define('KeyboardInterrupt', Sk.builtin.BaseException);
  // Not an Exception subclass: `except Exception:` does not catch it, and a bare `except:` that does
  // is stopped again at the next block, because the run stays stopped.
  define('SandboxLimit', Sk.builtin.BaseException);
  patchSyntaxErrorPosition();
  memoryErrorsNameTheLimit();
}

/** The sandbox's memory-limit text, so `except MemoryError` and exit code 4 read as the limit. */
function memoryErrorsNameTheLimit(): void {
  if (Sk.builtin.MemoryError === undefined || typeof Sk.$psMemoryErrorMessage !== 'function') {
    throw new Error('perspective-sandbox: Skulpt is not built with patch 0022-errors-allocation-failure-memory-error');
  }
  Sk.$psMemoryErrorMessage = () => limitMessage('memory');
}

function define(name: string, base: PyExceptionClass): void {
  if (Sk.builtin[name] !== undefined) return;
  const cls = Sk.abstr.buildNativeClass(name, {
    constructor: function (this: PyObject, ...args: PyObject[]) {
      base.apply(this, args);
    },
    base,
  });
  Sk.builtin[name] = cls;
  Sk.builtins[name] = cls;
}

/** Skulpt's parser passes the line and the token's column to SyntaxError but the constructor drops them. */
function patchSyntaxErrorPosition(): void {
  const original = Sk.builtin.SyntaxError;
  if (Reflect.get(original, '$positionPatched') === true) return;
  function SyntaxError(this: PyException, message: PyObject, filename?: string, line?: number, context?: unknown) {
    original.call(this, message);
    if (typeof filename === 'string') this.$filename = filename;
    if (typeof line === 'number') this.$line = line;
    const column: unknown = Array.isArray(context) && Array.isArray(context[0]) ? context[0][1] : undefined;
    if (typeof column === 'number') this.$column = column;
  }
  SyntaxError.prototype = original.prototype;
  Object.assign(SyntaxError, original, { $positionPatched: true });
  // A constructor wrapper over the class (same prototype), which Skulpt only calls with `new`.
  Sk.builtin.SyntaxError = SyntaxError as unknown as PyExceptionClass;
}
