export { runPython } from './run-python.js';
export { Interpreter, limitNotice, DEFAULT_RECYCLE_POLICY, type InterpreterOptions, type ExecOptions, type RecyclePolicy, type SourcePackages } from './interpreter.js';
export type { RunResult, RunError } from './result.js';
export { DEFAULT_LIMITS, EXIT, HOSTNAME, isKnownTimeZone, limitsSchema, type EnvironmentInput, type Limits, type LimitsInput } from './options.js';
export { RaiseInPython, type GuestModuleRef, type GuestServed, type HostCallContext, type HostFunction, type HostModule, type HostParam, type PythonPart, type VersionedValue } from './host-module.js';
export { pyMapping, pyFloat, pyTuple, pyTypeName, type PyValue, type PyTagged } from './py-values.js';
export type { Completeness, ExecMode, LimitKind } from './protocol.js';
