import type { ActionLog } from './action-log.js';
import type { TokenGuard } from './auth.js';
import type { GatewayLog } from './log.js';
import type { LoginGuard } from './login-guard.js';
import type { BackoffThrottle } from './login-throttle.js';
import type { GatewayOptions } from './options.js';
import type { SessionStore } from './session-store.js';
import type { UserDirectory } from './users-file.js';

/** What every request handler shares. */
export interface GatewayContext {
  readonly options: GatewayOptions;
  readonly store: SessionStore;
  readonly users: UserDirectory;
  readonly guard: TokenGuard;
  readonly logins: LoginGuard;
  /** Wrong bearer or status tokens, per client address. */
  readonly tokenFailures: BackoffThrottle;
  readonly log: GatewayLog;
  /** system.perspective actions performed in the pages (GET /data/api/v1/actions). */
  readonly actions: ActionLog;
}

/** What a handler gets besides req/res: the parsed URL and, for POST and the like, the body (already capped). */
export interface RequestParts {
  readonly url: URL;
  readonly body: string;
}
