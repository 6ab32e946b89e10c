/**
 * Exponential back-off for failed logins, kept per key (a client address, a username). The first
 * `freeFailures` failures in a row cost nothing; each further one blocks the key for baseMs, 2·baseMs, 4·baseMs …
 * up to maxMs. A key with no failure for `forgetMs` is forgotten; a successful login clears the key when the
 * policy says so (a username: yes; an address: no, or an attacker could reset it with an account of their own).
 * Attempts while a key is blocked are refused without being checked, and do not extend the block.
 * Only `maxInFlight` checks may run at once per key, so parallel guesses cannot outrun the count.
 */
export interface BackoffPolicy {
  readonly freeFailures: number;
  readonly baseMs: number;
  readonly maxMs: number;
  readonly maxInFlight: number;
  readonly forgetMs: number;
  readonly clearOnSuccess: boolean;
  /** Keys remembered at most; the oldest are dropped beyond it (memory stays bounded under a spray). */
  readonly maxKeys: number;
}

interface KeyState {
  failures: number;
  blockedUntil: number;
  lastFailureAt: number;
  inFlight: number;
}

export class BackoffThrottle {
  private readonly keys = new Map<string, KeyState>();

  constructor(private readonly policy: BackoffPolicy, private readonly now: () => number = () => performance.now()) {}

  /** Milliseconds until `key` may try again (0 when it may now). */
  waitMs(key: string): number {
    const state = this.current(key);
    if (!state) return 0;
    const blocked = Math.max(0, state.blockedUntil - this.now());
    return blocked > 0 ? blocked : state.inFlight >= this.policy.maxInFlight ? 1000 : 0;
  }

  /** An attempt for `key` starts (call only when waitMs is 0). */
  begin(key: string): void {
    this.state(key).inFlight += 1;
  }

  /** The attempt begun for `key` ended. */
  finish(key: string, succeeded: boolean): void {
    const state = this.keys.get(key);
    if (!state) return;
    state.inFlight = Math.max(0, state.inFlight - 1);
    if (succeeded) {
      if (!this.policy.clearOnSuccess) return;
      if (state.inFlight === 0) this.keys.delete(key);
      else Object.assign(state, { failures: 0, blockedUntil: 0 });
      return;
    }
    const now = this.now();
    state.failures += 1;
    state.lastFailureAt = now;
    const over = state.failures - this.policy.freeFailures;
    if (over > 0) state.blockedUntil = now + Math.min(this.policy.maxMs, this.policy.baseMs * 2 ** Math.min(over - 1, 30));
  }

  get size(): number {
    return this.keys.size;
  }

  private current(key: string): KeyState | undefined {
    const state = this.keys.get(key);
    if (state && state.inFlight === 0 && this.now() - state.lastFailureAt > this.policy.forgetMs && this.now() >= state.blockedUntil) {
      this.keys.delete(key);
      return undefined;
    }
    return state;
  }

  private state(key: string): KeyState {
    let state = this.current(key);
    if (!state) {
      if (this.keys.size >= this.policy.maxKeys) this.evictOne();
      state = { failures: 0, blockedUntil: 0, lastFailureAt: this.now(), inFlight: 0 };
      this.keys.set(key, state);
    }
    return state;
  }

  /** Drops the oldest idle key (insertion order), or the oldest key when all are busy. */
  private evictOne(): void {
    for (const [key, state] of this.keys) {
      if (state.inFlight === 0) {
        this.keys.delete(key);
        return;
      }
    }
    const oldest = this.keys.keys().next();
    if (!oldest.done) this.keys.delete(oldest.value);
  }
}
