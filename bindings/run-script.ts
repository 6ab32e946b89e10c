import { fileURLToPath } from 'node:url';
import { PythonSession, runPython, type ExecOptions, type LimitsInput, type RunResult, type SessionOptions } from '../runtime/index.js';
import type { SessionBackend } from './backend.js';
import { FixtureBackend } from './backends/fixture.js';
import type { IgnitionVersion } from './session.js';
import { createSystemModule } from './system.js';

export interface IgnitionOptions {
  /** Where sessions come from. Default: a fixture file (`sessionsFile`, else the bundled demo sessions). */
  readonly backend?: SessionBackend;
  /** A fixture file to read sessions from when no backend is given. */
  readonly sessionsFile?: string;
  /** '8.0' (12 keys, the default) or '8.1' (adds `authorized`). */
  readonly ignitionVersion?: IgnitionVersion;
  readonly limits?: LimitsInput;
  readonly onStdout?: (text: string) => void;
  readonly onStderr?: (text: string) => void;
}

/** The bundled demo sessions (examples/sessions.json). */
export function demoSessionsFile(): string {
  // From bindings/ (source) and from dist/ (bundle) alike, examples/ is one level up.
  return fileURLToPath(new URL('../examples/sessions.json', import.meta.url));
}

/** Session options with Ignition's `system` namespace bound as a builtin and importable. */
export function ignitionSessionOptions(options: IgnitionOptions = {}): SessionOptions {
  const backend = options.backend ?? FixtureBackend.fromFile(options.sessionsFile ?? demoSessionsFile());
  const system = createSystemModule({ backend, ignitionVersion: options.ignitionVersion ?? '8.0' });
  return {
    modules: { system },
    builtinModules: ['system'],
    hostStrings: 'unicode',
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.onStdout ? { onStdout: options.onStdout } : {}),
    ...(options.onStderr ? { onStderr: options.onStderr } : {}),
  };
}

/** Runs an Ignition script in a fresh sandbox: `system.perspective.getSessionInfo` over the given backend. */
export function runScript(source: string, options: IgnitionOptions & ExecOptions = {}): Promise<RunResult> {
  return runPython(source, { ...ignitionSessionOptions(options), ...(options.filename ? { filename: options.filename } : {}), ...(options.mode ? { mode: options.mode } : {}) });
}

/** A long-lived Ignition session (REPL, doctest, services): globals persist until reset(). */
export function createIgnitionSession(options: IgnitionOptions = {}): Promise<PythonSession> {
  return PythonSession.create(ignitionSessionOptions(options));
}
