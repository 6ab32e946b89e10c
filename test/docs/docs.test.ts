import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../scripts/cli.js';
import { runsHere } from '../needs.js';

const SEEDS = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

function summary(stdout: string): { passed: number; failed: number } {
  const match = /^(\d+) passed, (\d+) failed/m.exec(stdout.trimEnd().split('\n').at(-1) ?? '');
  return { passed: Number(match?.[1] ?? -1), failed: Number(match?.[2] ?? -1) };
}

describe('the shipped documentation is a regression suite', () => {
  it('every example in docs/ passes (at least 25, both seed snippets verbatim among them)', () => {
    const result = cli(['doctest', 'docs/']);
    expect(result.stdout.trimEnd().split('\n').filter((l) => l.startsWith('FAIL'))).toEqual([]);
    expect(result.status).toBe(0);
    const { passed, failed } = summary(result.stdout);
    expect(failed).toBe(0);
    expect(passed).toBeGreaterThanOrEqual(25);
  });

  it.skipIf(!runsHere(existsSync(SEEDS)))('the seed documentation page parses as it is and its snippets run', () => {
    const result = cli(['doctest', SEEDS]);
    expect(result.status).toBe(0);
    expect(summary(result.stdout)).toEqual({ passed: 2, failed: 0 });
  });
});
