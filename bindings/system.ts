import type { HostModule } from '../runtime/index.js';
import type { SessionBackend } from './backend.js';
import { DatabaseConnections } from './db/connection-registry.js';
import { dbModule } from './db/db-module.js';
import { defineModule } from './declare.js';
import { EffectLog } from './effects/effect-log.js';
import { perspectiveActions } from './perspective/actions/index.js';
import { closeSession } from './perspective/close-session.js';
import { getSessionInfo } from './perspective/get-session-info.js';
import { perspectivePythonPart } from './perspective/python-part.js';
import { NO_PROJECT, type ProjectLibrary } from './project/library.js';
import type { IgnitionVersion } from './session.js';
import { withUnavailableFunctions } from './unavailable.js';
import { MemoryTagProvider } from './tag/memory-tag-provider.js';
import { SystemTags } from './tag/system-tags.js';
import { tagModule } from './tag/tag-module.js';
import type { TagProvider } from './tag/tag-provider.js';
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
  /** The databases system.db reaches (their owner closes them); default: none, and every system.db call says so. */
  readonly databases?: DatabaseConnections;
  /** Where system.tag reads and writes (a --tags file's MemoryTagProvider, a gateway's); default: an empty `default` provider. */
  readonly tags?: TagProvider;
}

/** How many sessions the backend has now: the value of [System]Gateway/Perspective/SessionCount. */
async function sessionCount(backend: SessionBackend): Promise<number> {
  return (await backend.listSessions({ username: null, project: null })).length;
}

/** The `system` namespace a script sees, as in Ignition. */
export function createSystemModule({ backend, ignitionVersion = '8.0', project = NO_PROJECT, logLevel = 'info', effects = new EffectLog(), databases = new DatabaseConnections({ databases: [] }), tags = new MemoryTagProvider() }: SystemOptions): HostModule {
  return withUnavailableFunctions(defineModule('Ignition scripting functions (perspective-sandbox).', {
    perspective: {
      ...defineModule('Perspective scripting functions.', {
        getSessionInfo: getSessionInfo(backend, ignitionVersion),
        closeSession: closeSession(backend),
        ...perspectiveActions({ backend, effects }),
      }),
      python: perspectivePythonPart(project),
    },
    tag: tagModule(new SystemTags(tags, () => sessionCount(backend)), effects),
    util: utilModule({ projectName: project.name, ignitionVersion, logLevel }),
    db: dbModule({ connections: databases, namedQueries: project.namedQueries ?? [], projectName: project.name, effects }),
    // Implemented inside the sandbox on the java.util.Date shim (bindings/date, bindings/dataset).
    date: { kind: 'guest', module: '_system_date' },
    dataset: { kind: 'guest', module: '_system_dataset' },
  }));
}
