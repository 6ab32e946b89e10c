// Skulpt ships no type declarations. Guest code (bundled into the sandbox's isolate) reaches the
// interpreter through this one global; its shapes are Skulpt internals, so they stay untyped here and
// never leave runtime/guest (nothing in the host's public types refers to them).
declare const Sk: any;
type PyObject = any;

/** Python modules the guest provides are bundled as text (esbuild's text loader). */
declare module '*.py' {
  const source: string;
  export default source;
}
