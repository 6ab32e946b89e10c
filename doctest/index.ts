export type { ExampleExecutor, ExecOptions, ExecOutcome, ExecutorFactory, ExecutorDocument, IgnitionVersion } from './runner-types.js';
export type { Example } from './example.js';
export type { ExampleResult } from './results.js';
export { runDoctest, type DoctestRunOptions, type DoctestRunResult } from './run-doctest.js';
export { loadDocument, type DocumentPlan } from './load-document.js';
export { executorFromInterpreter, type InterpreterLike } from './interpreter-executor.js';
