// Skulpt ships no type declarations: runtime/guest/skulpt-types.d.ts types the members of `Sk` the guest uses,
// with `PyObject` opaque. A guest file declares `Sk` with them (see there); there is no untyped global.

/** Python modules the guest provides are bundled as text (esbuild's text loader). */
declare module '*.py' {
  const source: string;
  export default source;
}
