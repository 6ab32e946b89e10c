import { installErrorMessageRewrites, installRecursionErrorAsRuntimeError } from './error-messages.js';
import { installFloatRepr } from './float-repr.js';
import { installPercentFormat } from './percent-format.js';
import { installXrange } from './xrange.js';
import { installUnicodeLiterals } from './unicode-literals.js';
import { installUnicodeMixing } from './unicode-mixing.js';
import { installBasestringChecks } from './unicode.js';
import { installLong } from './long.js';
import { installRound } from './round.js';
import { installProvidedModules } from '../modules/index.js';
import { installPrintStatement } from './print-statement.js';
import { installExecStatement } from './exec-statement.js';
import { installPy2Builtins } from './builtins-py2.js';
import { installExceptionSemantics } from './exception-semantics.js';
import { installStrFormat } from './str-format.js';
import { installStrTranslate } from './str-translate.js';
import { installCodecs } from './codecs.js';
import { installOldStyleClasses } from './old-style-classes.js';
import { installFutureDivision } from './future-division.js';
import { installMixedComparison } from './mixed-comparison.js';
import { installEmptyFrozensetFix } from './empty-frozenset.js';
import { installDictOrder } from './dict-order.js';

/** Python 2.7 / Jython behaviour that stock Skulpt gets wrong, one named fix per file. */
export function installPy2Fixes(): void {
  installXrange();
  installStrFormat();
  installStrTranslate();
  installUnicodeLiterals();
  installUnicodeMixing();
  installCodecs();
  installOldStyleClasses();
  installFutureDivision();
  installMixedComparison();
  installEmptyFrozensetFix();
  installDictOrder();
  installBasestringChecks();
  installLong();
  installRound();
  installProvidedModules();
  installPrintStatement();
  installExecStatement();
  installPy2Builtins();
  installExceptionSemantics();
  installPercentFormat();
  installFloatRepr();
  installErrorMessageRewrites();
  installRecursionErrorAsRuntimeError('maximum recursion depth exceeded');
}
