import { addressKey } from './address-key.js';
import { BackoffThrottle, type BackoffPolicy } from './login-throttle.js';

/** Per client address (/64 for IPv6): room for a few users behind one NAT to mistype. */
export const ADDRESS_BACKOFF: BackoffPolicy = { freeFailures: 10, baseMs: 1000, maxMs: 60_000, maxInFlight: 4, forgetMs: 15 * 60_000, maxKeys: 10_000, clearOnSuccess: false };
/** Per username, wherever the guesses come from. */
export const USERNAME_BACKOFF: BackoffPolicy = { freeFailures: 3, baseMs: 1000, maxMs: 60_000, maxInFlight: 1, forgetMs: 15 * 60_000, maxKeys: 10_000, clearOnSuccess: true };

export interface LoginAttempt {
  /** Records the outcome; call exactly once. */
  finish(succeeded: boolean): void;
}

export interface LoginRefusal {
  readonly retryAfterSeconds: number;
  readonly throttled: 'address' | 'username';
}

/** Login throttling by client address and by username (see BackoffThrottle). */
export class LoginGuard {
  private readonly byAddress: BackoffThrottle;
  private readonly byUsername: BackoffThrottle;

  constructor(now?: () => number, address: BackoffPolicy = ADDRESS_BACKOFF, username: BackoffPolicy = USERNAME_BACKOFF) {
    this.byAddress = new BackoffThrottle(address, now);
    this.byUsername = new BackoffThrottle(username, now);
  }

  /** Starts an attempt, or says how long the client must wait. */
  attempt(clientAddress: string, username: string): LoginAttempt | LoginRefusal {
    const addressKeyed = addressKey(clientAddress);
    const addressWait = this.byAddress.waitMs(addressKeyed);
    const usernameWait = this.byUsername.waitMs(username);
    if (addressWait > 0 || usernameWait > 0) {
      return {
        retryAfterSeconds: Math.max(1, Math.ceil(Math.max(addressWait, usernameWait) / 1000)),
        throttled: addressWait >= usernameWait ? 'address' : 'username',
      };
    }
    this.byAddress.begin(addressKeyed);
    this.byUsername.begin(username);
    let finished = false;
    return {
      finish: (succeeded) => {
        if (finished) return;
        finished = true;
        this.byAddress.finish(addressKeyed, succeeded);
        this.byUsername.finish(username, succeeded);
      },
    };
  }
}

export function isRefusal(result: LoginAttempt | LoginRefusal): result is LoginRefusal {
  return 'retryAfterSeconds' in result;
}
