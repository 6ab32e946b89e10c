/**
 * One Python 2 / Jython fix installed at run time (library behaviour: builtins, types, modules), with its boot
 * canary: `probe` is the body of a Python function (it ends with a `return`) and `expect` the repr of what it
 * returns under Jython 2.7 once the fix is in place. Compiler behaviour is not fixed here but in Skulpt's
 * patch series (runtime/skulpt/patches/), which the build applies or fails.
 */
export interface Py2Fix {
  readonly name: string;
  readonly install: () => void;
  readonly canary: { readonly probe: string; readonly expect: string };
}
