import { recursionStop } from '../limits.js';
import type { PyExceptionClass, PyObject, SkGlobal } from '../skulpt-types.js';
import { builtinType } from '../slots.js';

declare const Sk: SkGlobal;

/**
 * Skulpt words many built-in error messages the Python 3 way. Jython 2.7 is the reference, so messages
 * raised by the runtime itself are rewritten here, in one table per exception type. (Messages a script
 * passes to `raise TypeError(...)` go through the Python-level class and are never touched.)
 */
type Rewrite = [RegExp, string | ((match: string, ...groups: string[]) => string)];

const REWRITES: Record<string, Rewrite[]> = {
  AttributeError: [
    [/^module (?:'[^']*' )?has no attribute '(.*)'$/s, "'module' object has no attribute '$1'"],
  ],
  TypeError: [
    [/^(__repr__|__str__) should return str \(returned (\w+)\)$/, '$1 returned non-string (type $2)'],
    [/^(list|tuple) indices must be integers or slices, not \w+$/, '$1 indices must be integers'],
    [/^string indices must be integers(?:, not \w+)?$/, 'str indices must be integers'],
    [/^'str' (?:object )?does not support item assignment$/, "can't assign to immutable object"],
    [/^bad operand type for unary ([-+~]): 'str'$/, 'bad operand type for unary $1'],
    [/^oct\(\) argument can't be converted to hex$/, "oct() argument can't be converted to oct"],
    [/^ord\(\) expected a string of length 1, but (\w+) found$/, 'ord() expected string of length 1, but $1 found'],
    [/^unsupported operand type\(s\) for divmod\(\): /, 'unsupported operand type(s) for divmod: '],
    [/^unsupported operand type\(s\) for \*\* or pow\(\): /, 'unsupported operand type(s) for **: '],
    [/^cmp\(\) takes exactly 2 arguments \((\d+) given\)$/, 'cmp() takes 2 arguments ($1 given)'],
    [/^int\(\) argument must be a string, a bytes-like object or a number, not 'NoneType'$/, "int() argument must be a string or a number, not 'None'"],
  ],
  ValueError: [
    [/^Invalid code point -?\d+$/, 'unichr() arg not in range(0x110000)'],
    [/^too many values to unpack \(expected \d+\)$/, 'too many values to unpack'],
    [/^not enough values to unpack \(expected (?:at least )?\d+, got (\d+)\)$/, (_m, got) => `need more than ${got} value${got === '1' ? '' : 's'} to unpack`],
    [/^could not convert string to float: '(.*)'$/, 'invalid literal for float: $1'],
    [/^.* is not in list$/, 'list.index(x): x not in list'],
    [/^tuple\.index\(x\): x not in tuple$/, 'tuple.index(x): x not in list'],
  ],
};

export function installErrorMessageRewrites(): void {
  for (const [typeName, rewrites] of Object.entries(REWRITES)) {
    const original = builtinType(typeName);
    if (original === undefined) continue;
    const rewritten = function (this: PyObject, ...args: unknown[]) {
      const [first] = args;
      if (typeof first === 'string') {
        for (const [pattern, replacement] of rewrites) {
          if (pattern.test(first)) {
            args[0] = typeof replacement === 'string' ? first.replace(pattern, replacement) : first.replace(pattern, replacement);
            break;
          }
        }
      }
      return original.apply(this, args);
    };
    rewritten.prototype = original.prototype;
    Object.assign(rewritten, original);
    Sk.builtin[typeName] = rewritten;
  }
}

/**
 * A JS stack overflow reaches Python as RuntimeError('maximum recursion depth exceeded'), as in Jython, marked as
 * the recursion limit's stop like the one the call-depth counter raises.
 */
export function installRecursionErrorAsRuntimeError(): void {
  // Skulpt constructs it with `new`: a constructor that returns an object gives that object.
  Sk.builtin.RecursionError = function RecursionError() {
    return recursionStop();
  } as unknown as PyExceptionClass;
}
