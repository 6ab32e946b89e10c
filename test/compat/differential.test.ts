/**
 * The differential test: every corpus script runs in the sandbox (fixture sessions.json, Ignition 8.0) and
 * must reproduce Jython's golden stdout byte for byte, its exit code, its final exception line and the effects the
 * Jython model recorded (golden/NNN.effects.jsonl: messages sent, pages navigated...), apart from the
 * differences listed in ACCEPTED.md. Scripts in known-failures.ts are reported as skipped while they still fail, and
 * fail the run once they pass (so the list only shrinks). With `jython` on PATH the goldens are checked to be current.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createIgnitionInterpreter, type IgnitionInterpreter } from '../../bindings/index.js';
import { applyAccepted, parseAccepted } from './accepted.js';
import { describeMismatch } from './compare.js';
import { COMPAT_DIR, corpusNames, FIXTURE_FILE, loadCase } from './corpus.js';
import { FreshFixtureBackend } from './fresh-fixture-backend.js';
import { KNOWN_FAILURES } from './known-failures.js';
import { runsHere } from '../needs.js';

const names = corpusNames();
const accepted = parseAccepted(readFileSync(`${COMPAT_DIR}ACCEPTED.md`, 'utf8'));

const backend = new FreshFixtureBackend(FIXTURE_FILE);
let session: IgnitionInterpreter | undefined;

/**
 * One sandbox session for the whole corpus, reset between scripts (a new one if a script killed it at a hard limit),
 * with the fixture restored (scripts close sessions).
 */
async function freshSession(): Promise<IgnitionInterpreter> {
  backend.restore();
  if (session?.alive) {
    await session.reset();
    return session;
  }
  session = await createIgnitionInterpreter({ backend, ignitionVersion: '8.0', timezone: 'UTC' }); // goldens are recorded with TZ=UTC
  return session;
}

afterAll(async () => {
  await session?.dispose();
});

describe('compat corpus bookkeeping', () => {
  it('has at least 150 scripts, each with a golden', () => {
    expect(names.length).toBeGreaterThanOrEqual(150);
    for (const name of names) expect(() => loadCase(name), name).not.toThrow();
  });

  it('known-failures.ts and ACCEPTED.md only name corpus scripts', () => {
    const unknown = [...Object.keys(KNOWN_FAILURES), ...accepted.map((a) => a.script)].filter((n) => !names.includes(n));
    expect(unknown).toEqual([]);
  });

  it('no script is both accepted and a known failure', () => {
    expect(accepted.map((a) => a.script).filter((n) => n in KNOWN_FAILURES)).toEqual([]);
  });
});

describe('sandbox output equals Jython 2.7 (golden/)', () => {
  it.for(names)('%s', async (name, ctx) => {
    const golden = loadCase(name);
    const expected = { ...golden, ...applyAccepted(golden, accepted.filter((a) => a.script === name)) };
    const python = await freshSession();
    const result = await python.exec(golden.source, { filename: golden.file });
    const mismatch = describeMismatch(expected, result);
    const knownReason = KNOWN_FAILURES[name];
    if (knownReason !== undefined) {
      if (mismatch === null) throw new Error(`${name} now matches Jython: remove it from test/compat/known-failures.ts`);
      ctx.skip(`known failure: ${knownReason}`);
    }
    if (mismatch !== null) expect.fail(mismatch);
  });
});

function hasJython(): boolean {
  const jython = process.env.JYTHON ?? 'jython';
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', jython], { stdio: 'ignore' }).status === 0;
}

describe('goldens', () => {
  it.skipIf(!runsHere(hasJython()))('are current (record-golden.sh --check under real Jython)', () => {
    const check = spawnSync(`${COMPAT_DIR}record-golden.sh`, ['--check'], { encoding: 'utf8', timeout: 600_000 });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
  }, 600_000);
});
