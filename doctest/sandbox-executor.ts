/**
 * The real executor: documents run in sandbox interpreters (bindings' createIgnitionInterpreter: Ignition's `system`
 * namespace over the document's fixture). Interpreters are kept warm: when a document is done its interpreter is reset
 * (fresh globals) and reused by a later document with the same fixture and Ignition version, so no state leaks
 * between documents but the sandbox process start is paid once per parallel job, not once per document.
 * An interpreter that died (limit kill) or fails to reset is disposed instead. `close()` disposes the pool.
 */
import { createIgnitionInterpreter, type IgnitionInterpreter, type LogLevel, type ProjectLibrary } from '../bindings/index.js';
import type { ExecutorFactory, IgnitionVersion } from './runner-types.js';
import { executorFromInterpreter } from './interpreter-executor.js';

export interface SandboxExecutorOptions {
  /** Used for documents that do not set `doctest-ignition-version`; default: the bindings' default (8.0). */
  readonly ignitionVersion?: IgnitionVersion;
  /** The gateway's time zone and host name (see IgnitionOptions). */
  readonly timezone?: string;
  readonly hostname?: string;
  /** The project library every document sees (`--project`). */
  readonly project?: ProjectLibrary;
  readonly logLevel?: LogLevel;
  /** Reuse reset interpreters across documents (default true). */
  readonly warm?: boolean;
}

export function createSandboxExecutorFactory(options: SandboxExecutorOptions = {}): ExecutorFactory {
  const idle = new Map<string, IgnitionInterpreter[]>();
  const warm = options.warm ?? true;
  const factory: ExecutorFactory = async (doc) => {
    const ignitionVersion = doc.ignitionVersion ?? options.ignitionVersion;
    const key = `${ignitionVersion ?? ''}\u0000${doc.sessionsFile ?? ''}`;
    const interpreter = idle.get(key)?.pop() ?? await createIgnitionInterpreter({
      ...(doc.sessionsFile !== null ? { sessionsFile: doc.sessionsFile } : {}),
      ...(ignitionVersion !== undefined ? { ignitionVersion } : {}),
      ...(options.timezone !== undefined ? { timezone: options.timezone } : {}),
      ...(options.hostname !== undefined ? { hostname: options.hostname } : {}),
      ...(options.project !== undefined ? { project: options.project } : {}),
      ...(options.logLevel !== undefined ? { logLevel: options.logLevel } : {}),
    });
    return executorFromInterpreter(interpreter, async () => {
      if (warm && interpreter.alive) {
        try {
          await interpreter.reset();
          const list = idle.get(key) ?? [];
          list.push(interpreter);
          idle.set(key, list);
          return;
        } catch {
          // fall through: an interpreter that cannot reset is not reused
        }
      }
      await interpreter.dispose();
    });
  };
  factory.close = async () => {
    const all = [...idle.values()].flat();
    idle.clear();
    await Promise.all(all.map((s) => s.dispose()));
  };
  return factory;
}
