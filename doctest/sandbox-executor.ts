/**
 * The real executor: one sandbox PythonSession per document (fresh namespace, the document's fixture), disposed
 * when the document is done, so no state leaks between documents.
 *
 * ASSUMPTION (runtime API still landing when this was written): '../runtime/index.js' exports `openPythonSession`
 * that builds a session with `system.perspective.getSessionInfo` bound to the given fixture. Adjust this one call
 * if the runtime names it differently; everything else goes through executorFromSession.
 */
import { openPythonSession } from '../runtime/index.js';
import type { ExecutorFactory, IgnitionVersion } from './runner-types.js';
import { executorFromSession } from './session-executor.js';

export interface SandboxExecutorOptions {
  /** Used for documents that do not set `doctest-ignition-version`. */
  readonly ignitionVersion?: IgnitionVersion;
}

export function createSandboxExecutorFactory(options: SandboxExecutorOptions): ExecutorFactory {
  return async (doc) => {
    const ignitionVersion = doc.ignitionVersion ?? options.ignitionVersion;
    const session = await openPythonSession({
      ...(doc.sessionsFile !== null ? { sessionsFile: doc.sessionsFile } : {}),
      ...(ignitionVersion !== undefined ? { ignitionVersion } : {}),
    });
    return executorFromSession(session);
  };
}
