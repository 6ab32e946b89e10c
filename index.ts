/**
 * perspective-sandbox: Ignition Perspective scripts (Jython 2.7) in a sandboxed Python 2 interpreter.
 *
 * This file is the package's public API, and the only one: everything an embedder may use is listed here by
 * name (and nothing else is in the published declarations). To make something public, add it here with TSDoc on
 * its declaration; the live gateway is the separate entry `perspective-sandbox/gateway` (index-gateway.ts).
 * @packageDocumentation
 */

// Running scripts.
export { runScript, createIgnitionInterpreter, type IgnitionOptions, type IgnitionRunResult, type IgnitionInterpreter } from './bindings/run-script.js';
export { runPython } from './runtime/run-python.js';
export { Interpreter, type InterpreterOptions, type ExecOptions, type RecyclePolicy, type SourcePackages } from './runtime/interpreter.js';

// Results and errors.
export type { RunResult, RunError, EvaluateResult } from './runtime/result.js';
export { DEFAULT_LIMITS, type Completeness, type ExecMode, type LimitKind, type Limits } from './runtime/wire.js';
export type { LimitsInput, EnvironmentInput } from './runtime/option-types.js';
export { InvalidOptionError } from './runtime/option-error.js';
export { ValueConversionError, type PlainValue } from './runtime/plain-value.js';
export type { HostErrorHandler } from './runtime/host-calls.js';

// Your own Python modules, implemented in TypeScript.
export { defineFunction, defineModule, type Args, type ParamDef, type ParamSchema, type FunctionDef } from './bindings/declare.js';
export { RaiseInPython, type GuestModuleRef, type GuestServed, type HostFunction, type HostModule, type HostParam, type PythonPart, type VersionedValue } from './runtime/host-module.js';
export { pyMapping, pyFloat, pyTuple, type PyValue, type PyTagged } from './runtime/py-values.js';

// Where sessions come from.
export {
  matchesFilter, SessionNotFoundError, PageNotFoundError, BackendUnavailableError,
  type SessionBackend, type SessionFilter, type SessionSnapshot, type SnapshotRecord, type PerspectiveAction, type PerspectiveActionResult,
} from './bindings/backend.js';
export { FixtureBackend, FixtureError } from './bindings/backends/fixture.js';
export type { FixtureSession } from './bindings/backends/fixture-session.js';
export { GatewayBackend, type GatewayBackendOptions } from './bindings/backends/gateway.js';
export type { IgnitionVersion, SessionScope, SessionRecord } from './bindings/session.js';

// Project libraries, logging and recorded effects.
export { DirectoryProjectLibrary, type DirectoryLibraryLimits } from './bindings/project/directory-library.js';
export { ProjectLibraryError, type ProjectLibrary, type ProjectScript, type ProjectInfo } from './bindings/project/library.js';
export type { LogLevel } from './bindings/util/index.js';
export { EffectLog, type Effect, type EffectInput, type JsonValue, type JsonObject } from './bindings/effects/effect-log.js';

// Tags (system.tag) and databases (system.db).
export { MemoryTagProvider } from './bindings/tag/memory-tag-provider.js';
export type { TagProvider, TagReadResult, TagWrite, TagOutcome, BrowseFilter, BrowseEntry, BrowseResult, CollisionPolicy } from './bindings/tag/tag-provider.js';
export type { DatabaseSpec } from './bindings/db/connection-spec.js';
export type { HostCallContext } from './runtime/host-module.js';
