export { runPython } from './run-python.js';
export { Interpreter, limitNotice, DEFAULT_RECYCLE_POLICY, type InterpreterOptions, type ExecOptions, type RecyclePolicy } from './interpreter.js';
export type { RunResult, RunError } from './result.js';
export { DEFAULT_LIMITS, EXIT, limitsSchema, type Limits, type LimitsInput } from './options.js';
export { RaiseInPython, type HostFunction, type HostModule, type HostParam, type GuestServed, type VersionedValue } from './host-module.js';
export { pyMapping, pyFloat, pyTuple, pyTypeName, type PyValue, type PyTagged } from './py-values.js';
export type { Completeness, ExecMode, LimitKind } from './protocol.js';
