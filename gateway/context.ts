import type { TokenGuard } from './auth.js';
import type { GatewayOptions } from './options.js';
import type { SessionStore } from './session-store.js';
import type { UserDirectory } from './users-file.js';

/** What every request handler shares. */
export interface GatewayContext {
  readonly options: GatewayOptions;
  readonly store: SessionStore;
  readonly users: UserDirectory;
  readonly guard: TokenGuard;
}
