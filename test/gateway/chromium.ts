import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { describe, it } from 'vitest';

/** Debian's Chromium, driven by playwright-core (no browser download). */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A suite that needs Chromium: skipped on a machine without it, except under CI=true, where a missing
 * Chromium is a failure (CI installs it in .ci/run), so the browser tests cannot silently stop running.
 */
export function describeWithChromium(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, suite);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      it(`needs Chromium at ${CHROMIUM}`, () => {
        throw new Error(`${CHROMIUM} is missing and CI=true: install the chromium package (see .ci/run)`);
      });
    });
  } else {
    describe.skip(name, suite);
  }
}
