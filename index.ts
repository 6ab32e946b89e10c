/** perspective-sandbox: Ignition Perspective scripts (Jython 2.7) in a sandboxed Python 2 interpreter. */
export * from './runtime/index.js';
export * from './bindings/index.js';
