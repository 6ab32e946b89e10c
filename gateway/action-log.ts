import type { PerspectiveActionFunction } from '../bindings/backends/action-wire.js';

/** One action the gateway performed, as GET /data/api/v1/actions lists it. */
export interface ActionLogEntry {
  readonly seq: number;
  /** When it was delivered, ISO 8601 in UTC. */
  readonly time: string;
  readonly function: PerspectiveActionFunction;
  readonly sessionId: string;
  /** The page asked for; null for every page of the session. */
  readonly pageId: string | null;
  /** The pages it reached. */
  readonly pageIds: readonly string[];
}

/** How many recent actions the log keeps; the counts cover every action since the gateway started. */
export const ACTION_LOG_SIZE = 500;

/** Every action the gateway performed: counts since start, and the most recent ones. */
export class ActionLog {
  private readonly recent: ActionLogEntry[] = [];
  private readonly perFunction = new Map<PerspectiveActionFunction, number>();
  private seq = 0;
  private deliveries = 0;

  constructor(private readonly clock: () => number = Date.now) {}

  /** The sequence number of the next action (sent to the pages with it). */
  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  record(entry: Omit<ActionLogEntry, 'time'>): void {
    this.recent.push({ ...entry, time: new Date(this.clock()).toISOString() });
    if (this.recent.length > ACTION_LOG_SIZE) this.recent.shift();
    this.perFunction.set(entry.function, (this.perFunction.get(entry.function) ?? 0) + 1);
    this.deliveries += entry.pageIds.length;
  }

  /** What GET /data/api/v1/actions answers. */
  toJson(): { actions: number; deliveries: number; byFunction: Record<string, number>; recent: readonly ActionLogEntry[] } {
    let actions = 0;
    for (const count of this.perFunction.values()) actions += count;
    return { actions, deliveries: this.deliveries, byFunction: Object.fromEntries(this.perFunction), recent: [...this.recent] };
  }
}
