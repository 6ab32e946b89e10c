import { DatabaseError, type Transaction } from './driver.js';

interface OpenTransaction {
  readonly database: string;
  readonly tx: Transaction;
  readonly timeoutMs: number;
  timer: NodeJS.Timeout;
}

/**
 * The transactions scripts opened (beginTransaction), by their id. As on a gateway, a transaction not used for
 * its timeout is closed (rolled back) and its id stops working; each use restarts the clock.
 */
export class Transactions {
  private readonly open = new Map<string, OpenTransaction>();

  add(database: string, tx: Transaction, timeoutMs: number): string {
    // The global Web Crypto: importing node:crypto cost every start (~1.7 ms), though few scripts open a transaction.
    const id = globalThis.crypto.randomUUID();
    const entry: OpenTransaction = { database, tx, timeoutMs, timer: this.expiry(id, timeoutMs) };
    this.open.set(id, entry);
    return id;
  }

  private expiry(id: string, timeoutMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => { void this.close(id); }, timeoutMs);
    timer.unref();
    return timer;
  }

  /** The transaction and its database; each use restarts its timeout. */
  use(id: string): { database: string; tx: Transaction } {
    const entry = this.open.get(id);
    if (entry === undefined) throw new DatabaseError(`Transaction "${id}" is closed or does not exist.`);
    clearTimeout(entry.timer);
    entry.timer = this.expiry(id, entry.timeoutMs);
    return { database: entry.database, tx: entry.tx };
  }

  async close(id: string): Promise<void> {
    const entry = this.open.get(id);
    if (entry === undefined) return;
    this.open.delete(id);
    clearTimeout(entry.timer);
    await entry.tx.close();
  }

  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.open.keys()].map((id) => this.close(id)));
  }
}
