import type { HostModule } from '../runtime/index.js';
import type { SessionBackend } from './backend.js';
import { defineModule } from './declare.js';
import { EffectLog } from './effects/effect-log.js';
import { perspectiveActions } from './perspective/actions/index.js';
import { closeSession } from './perspective/close-session.js';
import { getSessionInfo } from './perspective/get-session-info.js';
import { perspectivePythonPart } from './perspective/python-part.js';
import { NO_PROJECT, type ProjectLibrary } from './project/library.js';
import type { IgnitionVersion } from './session.js';
import { withUnavailableFunctions } from './unavailable.js';
import { utilModule, type LogLevel } from './util/index.js';

export interface SystemOptions {
  readonly backend: SessionBackend;
  readonly ignitionVersion?: IgnitionVersion;
  /** The project scripts run in (name, metadata); default: an empty project named MyProject. */
  readonly project?: ProjectLibrary;
  /** The lowest level system.util loggers write (default 'info'). */
  readonly logLevel?: LogLevel;
  /** Where the script's actions (messages, navigation, tag writes, database updates) are recorded; default: a fresh log. */
  readonly effects?: EffectLog;
}

/** The `system` namespace a script sees, as in Ignition. */
export function createSystemModule({ backend, ignitionVersion = '8.0', project = NO_PROJECT, logLevel = 'info', effects = new EffectLog() }: SystemOptions): HostModule {
  return withUnavailableFunctions(defineModule('Ignition scripting functions (perspective-sandbox).', {
    perspective: {
      ...defineModule('Perspective scripting functions.', {
        getSessionInfo: getSessionInfo(backend, ignitionVersion),
        closeSession: closeSession(backend),
        ...perspectiveActions({ backend, effects }),
      }),
      python: perspectivePythonPart(project),
    },
    util: utilModule({ projectName: project.name, ignitionVersion, logLevel }),
    // Implemented inside the sandbox on the java.util.Date shim (bindings/date, bindings/dataset).
    date: { kind: 'guest', module: '_system_date' },
    dataset: { kind: 'guest', module: '_system_dataset' },
  }));
}
