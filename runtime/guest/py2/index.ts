import { installErrorMessageRewrites, installRecursionErrorAsRuntimeError } from './error-messages.js';
import { installFloatRepr } from './float-repr.js';
import { installComplex } from './complex.js';
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
import { installMixedComparison } from './mixed-comparison.js';
import { installEmptyFrozensetFix } from './empty-frozenset.js';
import { installDictOrder } from './dict-order.js';
import { installPrintFunction } from './print-function.js';
import { installFloatFormatSpec } from './float-format.js';
import { installFormatSpec } from './format-spec.js';
import { installNumericCorners } from './numeric-corners.js';
import { installIntDunders } from './int-dunders.js';
import { checkCanaries } from './canaries.js';
import { CANARIES } from './canary-probes.js';
import type { Py2Fix } from './fix.js';
import { installExceptionModule } from './exception-module.js';

/**
 * Python 2.7 / Jython behaviour that stock Skulpt gets wrong in its library (builtins, types, modules), one named
 * fix per file, installed in this order (the order the corpus was made to pass with; keep it). What is known to
 * depend on it:
 * - str-translate and str-format come before unicode-mixing, which wraps every str method then present (so that
 *   their results follow the str/unicode rules too);
 * - unicode-literals needs the unicode type (installed earlier, by session.ts); the fixes after it that test for
 *   unicode objects or classic classes (mixed comparison, dict order, % formatting) come after unicode-literals,
 *   codecs and old-style-classes;
 * - error-messages replaces the exception constructors last, after everything else is installed.
 * Each fix has a boot canary, under its name in canary-probes.ts (same order): the sandbox refuses to start if
 * one did not take effect (canaries.ts).
 * Compiler behaviour (control flow, __future__, literals, generators, the time check) is not here but in
 * Skulpt's patch series, runtime/skulpt/patches/, which the build applies or fails.
 */
export const PY2_FIXES: readonly Py2Fix[] = [
  { name: 'xrange', install: installXrange },
  { name: 'str-format', install: installStrFormat },
  { name: 'str-translate', install: installStrTranslate },
  { name: 'unicode-literals', install: installUnicodeLiterals },
  { name: 'unicode-mixing', install: installUnicodeMixing },
  { name: 'codecs', install: installCodecs },
  { name: 'old-style-classes', install: installOldStyleClasses },
  { name: 'mixed-comparison', install: installMixedComparison },
  { name: 'empty-frozenset', install: installEmptyFrozensetFix },
  { name: 'dict-order', install: installDictOrder },
  { name: 'print-function', install: installPrintFunction },
  { name: 'float-format', install: installFloatFormatSpec },
  { name: 'format-spec', install: installFormatSpec },
  { name: 'basestring', install: installBasestringChecks },
  { name: 'long', install: installLong },
  { name: 'round', install: installRound },
  { name: 'provided-modules', install: installProvidedModules },
  { name: 'print-statement', install: installPrintStatement },
  { name: 'exec-statement', install: installExecStatement },
  { name: 'builtins-py2', install: installPy2Builtins },
  // After builtins-py2: dict ordering calls its cmp.
  { name: 'numeric-corners', install: installNumericCorners },
  { name: 'int-dunders', install: installIntDunders },
  { name: 'exception-semantics', install: installExceptionSemantics },
  { name: 'percent-format', install: installPercentFormat },
  { name: 'float-repr', install: installFloatRepr },
  { name: 'complex', install: installComplex },
  { name: 'exception-module', install: installExceptionModule },
  {
    // Also: a JavaScript stack overflow becomes RuntimeError('maximum recursion depth exceeded'). That part has
    // no cheap probe (it needs a real JavaScript stack overflow), so it has no canary.
    name: 'error-messages',
    install: () => {
      installErrorMessageRewrites();
      installRecursionErrorAsRuntimeError();
    },
  },
];

export function installPy2Fixes(): void {
  for (const fix of PY2_FIXES) fix.install();
}

/** The boot canaries of every fix (after all are installed); throws, naming the fix, if one did not take effect. */
export function checkPy2Fixes(): void {
  const names = Object.keys(CANARIES).join(' ');
  if (PY2_FIXES.map((fix) => fix.name).join(' ') !== names) throw new Error('perspective-sandbox: PY2_FIXES and CANARIES differ');
  checkCanaries();
}
