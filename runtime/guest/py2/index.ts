import { installErrorMessageRewrites, installRecursionErrorAsRuntimeError } from './error-messages.js';
import { installPercentFormat } from './percent-format.js';
import { installXrange } from './xrange.js';
import { installProvidedModules } from '../modules/index.js';
import { installPrintStatement } from './print-statement.js';
import { installExecStatement } from './exec-statement.js';

/** Python 2.7 / Jython behaviour that stock Skulpt gets wrong, one named fix per file. */
export function installPy2Fixes(): void {
  installXrange();
  installProvidedModules();
  installPrintStatement();
  installExecStatement();
  installPercentFormat();
  installErrorMessageRewrites();
  installRecursionErrorAsRuntimeError('maximum recursion depth exceeded');
}
