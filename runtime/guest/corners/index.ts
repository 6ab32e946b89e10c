import { installFunctionAttributes } from './function-attributes.js';
import { installGeneratorDecorators } from './generator-decorators.js';
import { installMetaclasses } from './metaclass.js';
import { installIntBitwise } from './int-bitwise.js';
import { installExceptionInit } from './exception-init.js';
import { installUnicodePredicates } from './unicode-predicates.js';
import { installStrCenter } from './str-center.js';
import { installAbsTypeError } from './abs-type-error.js';

/**
 * Language and builtin corners of Python 2.7 / Jython that integrators' scripts rely on. (Generators' send, throw
 * and close are compiler behaviour: runtime/skulpt/patches/0018-0020.)
 */
export function installCorners(): void {
  installFunctionAttributes();
  installGeneratorDecorators();
  installMetaclasses();
  installIntBitwise();
  installExceptionInit();
  installUnicodePredicates();
  installStrCenter();
  installAbsTypeError();
}
