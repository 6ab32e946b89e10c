import { fileURLToPath } from 'node:url';
import { Interpreter, type ExecOptions, type InterpreterOptions, type RecyclePolicy } from '../runtime/interpreter.js';
import type { LimitsInput } from '../runtime/option-types.js';
import type { HostErrorHandler } from '../runtime/host-calls.js';
import type { RunResult } from '../runtime/result.js';
import { runPython } from '../runtime/run-python.js';
import { DEFAULT_LIMITS } from '../runtime/wire.js';
import type { SessionBackend } from './backend.js';
import { FixtureBackend } from './backends/fixture.js';
import type { IgnitionVersion } from './session.js';
import { DirectoryProjectLibrary } from './project/directory-library.js';
import type { ProjectLibrary } from './project/library.js';
import { createSystemModule } from './system.js';
import { checkIgnitionOptions } from './ignition-options-schema.js';
import type { LogLevel } from './util/index.js';
import { EffectLog, type Effect } from './effects/effect-log.js';
import { DatabaseConnections } from './db/connection-registry.js';
import { parseDatabaseOption, type DatabaseSpec } from './db/connection-spec.js';
import { MemoryTagProvider } from './tag/memory-tag-provider.js';
import type { TagProvider } from './tag/tag-provider.js';

export interface IgnitionOptions {
  /** Where sessions come from. Default: a fixture file (`sessionsFile`, else the bundled demo sessions). */
  readonly backend?: SessionBackend;
  /** A fixture file to read sessions from when no backend is given. */
  readonly sessionsFile?: string;
  /** The largest fixture file read, in MB (default DEFAULT_FIXTURE_MAX_MB, 256). */
  readonly sessionsFileMaxMb?: number;
  /** '8.0' (12 keys, the default) or '8.1' (adds `authorized`). */
  readonly ignitionVersion?: IgnitionVersion;
  readonly limits?: LimitsInput;
  /** Streaming sink for stdout; the text is also collected into each RunResult. */
  readonly onStdout?: (text: string) => void;
  /** Streaming sink for stderr; the text is also collected into each RunResult. */
  readonly onStderr?: (text: string) => void;
  /** Hears of a host function (a backend) that threw something other than RaiseInPython; see InterpreterOptions. */
  readonly onHostError?: HostErrorHandler;
  /**
   * Long-lived sessions (createIgnitionInterpreter): when reset() replaces the sandbox process, e.g.
   * `{ afterRuns: 200, afterHeapMb: 64 }`; `{ afterRuns: Infinity, afterHeapMb: Infinity }` never does.
   * Default DEFAULT_RECYCLE_POLICY (500 runs or 96 MB). Ignored by runScript (one run per sandbox process).
   */
  readonly recycle?: RecyclePolicy;
  /** sys.argv as the script sees it (default `['']`). */
  readonly argv?: readonly string[];
  /** The gateway's time zone, an IANA id (default: this process's, from `TZ`): system.date and java.util follow it. */
  readonly timezone?: string;
  /** What java.net.InetAddress.getLocalHost() answers (default DEFAULT_HOSTNAME). */
  readonly hostname?: string;
  /**
   * The project library: a project folder (`--project DIR`: `ignition/script-python/...`, `project.json`'s parent
   * resolved through sibling folders) or any ProjectLibrary. Its modules are importable and its top-level packages
   * usable without an import; system.util.getProjectName() names it. Default: an empty project named MyProject.
   */
  readonly project?: string | ProjectLibrary;
  /** The lowest level system.util loggers write: trace, debug, info (default), warn or error. */
  readonly logLevel?: LogLevel;
  /** Records what the script does to sessions, tags and databases (see EffectLog); default: a log nobody reads. */
  readonly effects?: EffectLog;
  /**
   * The databases system.db reaches, the first being the project's default: `{name, url}` or a `--db` string
   * (`sqlite:audit.db`, `sqlite::memory:`, `NAME=postgresql://user@host/db`, `NAME=env:VAR`). Opened on first
   * use, closed when the interpreter is disposed. Scripts reach no other database.
   */
  readonly databases?: ReadonlyArray<DatabaseSpec | string>;
  /** Open every database read-only (`--db-readonly`): the database itself refuses writes. */
  readonly databasesReadonly?: boolean;
  /**
   * system.tag's tags: a tag file (`--tags FILE.json`, read now: TagFileError names the file and the tag) or any
   * TagProvider (a MemoryTagProvider you keep, to save its tags after the run; a GatewayTagProvider). Default: an
   * empty `default` provider. `[System]Gateway/Perspective/SessionCount` counts the backend's sessions either way.
   */
  readonly tags?: string | TagProvider;
  /** The largest tag file read, in MB (default 256). */
  readonly tagsFileMaxMb?: number;
}

/** The tag provider a `tags` option names (a file is read now). */
export function tagProviderOf(tags: string | TagProvider | undefined, maxMb?: number): TagProvider | undefined {
  return typeof tags === 'string' ? MemoryTagProvider.fromFile(tags, maxMb === undefined ? {} : { maxMb }) : tags;
}

/** The project a `project` option names (a folder is read now: ProjectLibraryError if it cannot be). */
export function projectLibraryOf(project: string | ProjectLibrary | undefined): ProjectLibrary | undefined {
  return typeof project === 'string' ? DirectoryProjectLibrary.fromDirectory(project) : project;
}

/** The host name scripts see by default: never the real machine's. */
export const DEFAULT_HOSTNAME = 'perspective-sandbox';

/** The bundled demo sessions (examples/sessions.json). */
export function demoSessionsFile(): string {
  // From bindings/ (source) and from dist/ (bundle) alike, examples/ is one level up.
  return fileURLToPath(new URL('../examples/sessions.json', import.meta.url));
}

/** Session options with Ignition's `system` namespace bound as a builtin and importable. */
export function ignitionInterpreterOptions(options: IgnitionOptions = {}): InterpreterOptions {
  checkIgnitionOptions(options);
  const backend = options.backend ?? FixtureBackend.fromFile(options.sessionsFile ?? demoSessionsFile(), options.sessionsFileMaxMb === undefined ? {} : { maxMb: options.sessionsFileMaxMb });
  const project = projectLibraryOf(options.project);
  const databases = new DatabaseConnections({
    databases: (options.databases ?? []).map((d) => (typeof d === 'string' ? parseDatabaseOption(d) : d)),
    readonly: options.databasesReadonly ?? false,
    statementTimeoutMs: Math.ceil((options.limits?.timeoutSeconds ?? DEFAULT_LIMITS.timeoutSeconds) * 1000),
    ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
  });
  const tags = tagProviderOf(options.tags, options.tagsFileMaxMb);
  const system = createSystemModule({
    databases,
    backend,
    ignitionVersion: options.ignitionVersion ?? '8.0',
    ...(project ? { project } : {}),
    ...(options.logLevel ? { logLevel: options.logLevel } : {}),
    ...(options.effects ? { effects: options.effects } : {}),
    ...(tags ? { tags } : {}),
  });
  return {
    modules: { system },
    ...(project ? { sourcePackages: { modules: project.scripts.map((s) => ({ name: s.path, file: s.file, source: s.source })), bindTopLevel: true } } : {}),
    builtinModules: ['system'],
    hostStrings: 'unicode',
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.onStdout ? { onStdout: options.onStdout } : {}),
    ...(options.onStderr ? { onStderr: options.onStderr } : {}),
    ...(options.onHostError ? { onHostError: options.onHostError } : {}),
    ...(options.recycle ? { recycle: options.recycle } : {}),
    ...(options.argv ? { argv: options.argv } : {}),
    onDispose: () => databases.close(),
    environment: { hostname: options.hostname ?? DEFAULT_HOSTNAME, locale: 'en_US', ...(options.timezone !== undefined ? { timezone: options.timezone } : {}) },
  };
}

/** A run's result with the effects the script had (messages sent, popups opened...), in order. */
export type IgnitionRunResult = RunResult & { readonly effects: readonly Effect[] };

/**
 * An Ignition interpreter: each `exec` also answers with the effects of that run; `effects` holds all of them,
 * numbered across the interpreter's life (reset() keeps them).
 */
export type IgnitionInterpreter = { exec(source: string, options?: ExecOptions): Promise<IgnitionRunResult>; readonly effects: EffectLog } & Interpreter;

/** Runs an Ignition script in a fresh sandbox: `system.perspective.getSessionInfo` over the given backend. */
export async function runScript(source: string, options: IgnitionOptions & ExecOptions = {}): Promise<IgnitionRunResult> {
  const effects = options.effects ?? new EffectLog();
  const before = effects.count;
  const { filename, mode, timeoutSeconds, signal, globals } = options;
  const run: ExecOptions = {
    ...(filename ? { filename } : {}), ...(mode ? { mode } : {}), ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    ...(signal ? { signal } : {}), ...(globals ? { globals } : {}),
  };
  const result = await runPython(source, { ...ignitionInterpreterOptions({ ...options, effects }), ...run });
  return { ...result, effects: effects.list(before) };
}

/** A long-lived Ignition session (REPL, doctest, services): globals persist until reset(). */
export async function createIgnitionInterpreter(options: IgnitionOptions = {}): Promise<IgnitionInterpreter> {
  const effects = options.effects ?? new EffectLog();
  const interpreter = await Interpreter.create(ignitionInterpreterOptions({ ...options, effects }));
  const execOne = interpreter.exec.bind(interpreter);
  const exec = async (source: string, execOptions?: ExecOptions): Promise<IgnitionRunResult> => {
    const before = effects.count;
    const result = await execOne(source, execOptions);
    return { ...result, effects: effects.list(before) };
  };
  return Object.assign(interpreter, { exec, effects });
}
