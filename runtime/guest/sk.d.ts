// Skulpt ships no type declarations. Guest code (bundled into the sandbox's vm context) reaches the
// interpreter through this one global; its shapes are Skulpt internals, so they stay untyped here and
// never leave runtime/guest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const Sk: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PyObject = any;

/** Python modules the guest provides are bundled as text (esbuild's text loader). */
declare module '*.py' {
  const source: string;
  export default source;
}
