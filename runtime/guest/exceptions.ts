/** Exception types Skulpt lacks that the sandbox raises: KeyboardInterrupt, MemoryError, and the limit stop. */
export function installExceptions(): void {
  define('KeyboardInterrupt', Sk.builtin.BaseException);
  define('MemoryError', Sk.builtin.StandardError ?? Sk.builtin.Exception);
  // Not an Exception subclass: `except Exception:` does not catch it, and a bare `except:` that does
  // is stopped again at the next block, because the run stays stopped.
  define('SandboxLimit', Sk.builtin.BaseException);
  patchSyntaxErrorPosition();
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
