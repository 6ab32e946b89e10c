import type { HostModule } from '../runtime/index.js';
import type { SessionBackend } from './backend.js';
import { defineModule } from './declare.js';
import { closeSession } from './perspective/close-session.js';
import { getSessionInfo } from './perspective/get-session-info.js';
import type { IgnitionVersion } from './session.js';

export interface SystemOptions {
  readonly backend: SessionBackend;
  readonly ignitionVersion?: IgnitionVersion;
}

/** The `system` namespace a script sees, as in Ignition. */
export function createSystemModule({ backend, ignitionVersion = '8.0' }: SystemOptions): HostModule {
  return defineModule('Ignition scripting functions (perspective-sandbox).', {
    perspective: defineModule('Perspective scripting functions.', {
      getSessionInfo: getSessionInfo(backend, ignitionVersion),
      closeSession: closeSession(backend),
    }),
    // Implemented inside the sandbox on the java.util.Date shim (bindings/date, bindings/dataset).
    date: { kind: 'guest', module: '_system_date' },
    dataset: { kind: 'guest', module: '_system_dataset' },
  });
}
