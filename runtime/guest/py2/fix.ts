import type { FixName } from './canary-probes.js';

/**
 * One Python 2 / Jython fix installed at run time (library behaviour: builtins, types, modules). Its boot canary
 * is CANARIES[name] (canary-probes.ts). Compiler behaviour is not fixed here but in Skulpt's patch series
 * (runtime/skulpt/patches/), which the build applies or fails.
 */
export interface Py2Fix {
  readonly name: FixName;
  readonly install: () => void;
}
