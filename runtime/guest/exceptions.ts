import { limitMessage } from './limits.js';

/** Exception types Skulpt lacks that the sandbox raises: KeyboardInterrupt, MemoryError, and the limit stop. */
export function installExceptions(): void {
  define('KeyboardInterrupt', Sk.builtin.BaseException);
  define('MemoryError', Sk.builtin.StandardError ?? Sk.builtin.Exception);
  // Not an Exception subclass: `except Exception:` does not catch it, and a bare `except:` that does
  // is stopped again at the next block, because the run stays stopped.
  define('SandboxLimit', Sk.builtin.BaseException);
  patchSyntaxErrorPosition();
  allocationFailuresAreMemoryErrors();
}

/**
 * JavaScript throws a RangeError when a string or array would pass V8's size limits ('a' doubled 29 times,
 * a list appended past 2**27 items); Skulpt's generated code wraps any JS error as ExternalError. Those are
 * MemoryErrors in Python terms, with the sandbox's message, so `except MemoryError` and exit code 4 apply.
 */
function allocationFailuresAreMemoryErrors(): void {
  const original = Sk.builtin.ExternalError;
  if (original.$allocationPatched) return;
  function ExternalError(this: PyObject, ...args: unknown[]) {
    const cause = args[0];
    if (cause instanceof RangeError && /^(Invalid (string|array|typed array) length|Array buffer allocation failed)/.test(cause.message)) {
      return new Sk.builtin.MemoryError(limitMessage('memory'));
    }
    return new original(...args);
  }
  ExternalError.prototype = original.prototype;
  Object.assign(ExternalError, original);
  (ExternalError as unknown as PyObject).$allocationPatched = true;
  Sk.builtin.ExternalError = ExternalError;
}

function define(name: string, base: PyObject): void {
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
  if (original.$positionPatched) return;
  function SyntaxError(this: PyObject, message: PyObject, filename?: string, line?: number, context?: unknown) {
    original.call(this, message);
    if (typeof filename === 'string') this.$filename = filename;
    if (typeof line === 'number') this.$line = line;
    if (Array.isArray(context) && Array.isArray(context[0])) this.$column = context[0][1];
  }
  SyntaxError.prototype = original.prototype;
  Object.assign(SyntaxError, original);
  (SyntaxError as unknown as PyObject).$positionPatched = true;
  Sk.builtin.SyntaxError = SyntaxError;
}
