import { FixtureBackend, parseFixture, type PerspectiveAction, type PerspectiveActionResult, type SessionBackend, type SessionFilter } from '../../bindings/index.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FixtureSession } from '../../bindings/backends/fixture-schema.js';
import type { SessionRecord } from '../../bindings/session.js';

/**
 * A fixture backend that can be restored to the file's sessions: corpus scripts call closeSession, and each script
 * must start from the full fixture (Jython's runner builds a new model per script) even though the harness reuses
 * one sandbox session.
 */
export class FreshFixtureBackend implements SessionBackend {
  private readonly sessions: readonly FixtureSession[];
  private current: FixtureBackend;

  constructor(path: string) {
    this.sessions = parseFixture(readFileSync(path, 'utf8'), basename(path));
    this.current = new FixtureBackend(this.sessions);
  }

  restore(): void {
    this.current = new FixtureBackend(this.sessions);
  }

  listSessions(filter: SessionFilter): SessionRecord[] {
    return this.current.listSessions(filter);
  }

  closeSession(id: string): void {
    this.current.closeSession(id);
  }

  performAction(action: PerspectiveAction): PerspectiveActionResult {
    return this.current.performAction(action);
  }
}
