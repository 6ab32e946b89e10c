// Skulpt ships no type declarations. runtime/guest/skulpt-types.d.ts types the members of `Sk` the guest uses,
// with `PyObject` opaque; a converted file imports its types and declares `Sk` with them (see there). Files not
// converted yet still see the untyped global below. Convert a file when you change it; do not add new uses.
declare const Sk: any;
type PyObject = any;

/** Python modules the guest provides are bundled as text (esbuild's text loader). */
declare module '*.py' {
  const source: string;
  export default source;
}
