/** JSON data as an effect records it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Something a script did to the world outside the sandbox: a message sent to a page, a popup opened, a tag
 * written, a database row updated. Offline backends record what a gateway would have done; live backends record
 * what they asked the gateway to do. Effects are how tests and reviewers see a script's actions.
 */
export interface Effect {
  /** 1, 2, 3... in the order the script caused them, across the whole interpreter's life. */
  readonly seq: number;
  /** The scripting function, in full: 'system.perspective.sendMessage', 'system.tag.writeBlocking', 'system.db.runPrepUpdate'. */
  readonly function: string;
  /** The arguments as the script passed them, by parameter name (defaults filled in). */
  readonly args: JsonObject;
  /** What the call acted on, resolved: e.g. `{sessionId, pageId}` per page, `{tagPath}` per tag, `{database}`. */
  readonly targets: readonly JsonObject[];
  /** What the call reported back, when it reports something (quality codes, rows affected). */
  readonly result?: JsonValue;
  /** When it happened, ISO 8601 in UTC. */
  readonly timestamp: string;
}

export type EffectInput = Omit<Effect, 'seq' | 'timestamp'>;

/** The effects of one interpreter, in order. Bindings record into it; the CLI and the library API read it. */
export class EffectLog {
  readonly #effects: Effect[] = [];
  readonly #listeners = new Set<(effect: Effect) => void>();

  constructor(private readonly clock: () => number = Date.now) {}

  record(input: EffectInput): Effect {
    const effect: Effect = { seq: this.#effects.length + 1, ...input, timestamp: new Date(this.clock()).toISOString() };
    this.#effects.push(effect);
    for (const listener of this.#listeners) listener(effect);
    return effect;
  }

  /** Every effect so far, or those after `afterSeq` (what one run added: pass the count before it). */
  list(afterSeq = 0): readonly Effect[] {
    return this.#effects.slice(afterSeq);
  }

  get count(): number {
    return this.#effects.length;
  }

  /** Calls `listener` for every effect recorded from now on (e.g. to stream them to a --effects file); returns an unsubscribe. */
  onEffect(listener: (effect: Effect) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
