import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const hasChromium = existsSync(CHROMIUM_PATH);

/**
 * Whether browser tests run. Locally a missing Chromium skips them with a loud message;
 * in CI (CI=true) it is an error, so a green CI always means the browser tests ran.
 */
export function browserTestsEnabled(): boolean {
  if (hasChromium) return true;
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install chromium" (or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(`${message} Browser tests must run in CI.`);
  console.warn(`\n!!! SKIPPING BROWSER TESTS: ${message}\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
