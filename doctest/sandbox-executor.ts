/**
 * The real executor: documents run in sandbox PythonSessions (bindings' createIgnitionSession: Ignition's `system`
 * namespace over the document's fixture). Sessions are kept warm: when a document is done its session is reset
 * (fresh globals) and reused by a later document with the same fixture and Ignition version, so no state leaks
 * between documents but the sandbox process start is paid once per parallel job, not once per document.
 * A session that died (limit kill) or fails to reset is disposed instead. `close()` disposes the pool.
 */
import { createIgnitionSession } from '../bindings/index.js';
import type { PythonSession } from '../runtime/index.js';
import type { ExecutorFactory, IgnitionVersion } from './runner-types.js';
import { executorFromSession } from './session-executor.js';

export interface SandboxExecutorOptions {
  /** Used for documents that do not set `doctest-ignition-version`; default: the bindings' default (8.0). */
  readonly ignitionVersion?: IgnitionVersion;
  /** Reuse reset sessions across documents (default true). */
  readonly warm?: boolean;
}

export function createSandboxExecutorFactory(options: SandboxExecutorOptions = {}): ExecutorFactory {
  const idle = new Map<string, PythonSession[]>();
  const warm = options.warm ?? true;
  const factory: ExecutorFactory = async (doc) => {
    const ignitionVersion = doc.ignitionVersion ?? options.ignitionVersion;
    const key = `${ignitionVersion ?? ''}\u0000${doc.sessionsFile ?? ''}`;
    const session = idle.get(key)?.pop() ?? await createIgnitionSession({
      ...(doc.sessionsFile !== null ? { sessionsFile: doc.sessionsFile } : {}),
      ...(ignitionVersion !== undefined ? { ignitionVersion } : {}),
    });
    return executorFromSession(session, async () => {
      if (warm && session.alive) {
        try {
          await session.reset();
          const list = idle.get(key) ?? [];
          list.push(session);
          idle.set(key, list);
          return;
        } catch {
          // fall through: a session that cannot reset is not reused
        }
      }
      await session.dispose();
    });
  };
  factory.close = async () => {
    const all = [...idle.values()].flat();
    idle.clear();
    await Promise.all(all.map((s) => s.dispose()));
  };
  return factory;
}
