import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Debian's Firefox ESR (`apt-get install firefox-esr`); FIREFOX_PATH overrides. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Whether the Firefox tests run. As for Chromium: locally a missing Firefox skips them with a
 * loud message; in CI (CI=true) it is an error, so a green CI means they ran.
 */
export function firefoxTestsEnabled(): boolean {
  if (existsSync(FIREFOX_PATH)) return true;
  const message = `Firefox not found at ${FIREFOX_PATH}: install it with "apt-get install firefox-esr" (or set FIREFOX_PATH).`;
  if (process.env.CI) throw new Error(`${message} Firefox tests must run in CI.`);
  console.warn(`\n!!! SKIPPING FIREFOX TESTS: ${message}\n`);
  return false;
}

/**
 * Firefox as it is installed, driven over WebDriver BiDi. Puppeteer drives it here because
 * playwright-core's BiDi client needs commands (emulation.setMediaFeaturesOverride) that
 * Firefox ESR does not have; Chromium stays with playwright-core (tools/harness/chromium.ts).
 */
export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
}
