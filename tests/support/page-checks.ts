import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource: string = require('axe-core').source;
/** Where the test server serves axe-core beside the site (tests/support/browser-and-site.ts). */
export const AXE_FILE = '__test-axe.js';
export const AXE_PATH: string = require.resolve('axe-core/axe.min.js');

/** What went wrong while a page loaded: console errors, script errors, failed or outside requests. */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  outsideRequests: string[];
}

/** The problems recorded so far, and a fresh start for the next page. */
export function takeProblems(problems: PageProblems): PageProblems {
  const taken = { consoleErrors: [...problems.consoleErrors], failedRequests: [...problems.failedRequests], outsideRequests: [...problems.outsideRequests] };
  for (const list of Object.values(problems)) list.length = 0;
  return taken;
}

/**
 * Starts recording the problems of `page`. `siteUrl` is the URL of the site's folder;
 * a request to anything else leaves the site (P1: no request ever leaves the site).
 */
export function recordProblems(page: Page, siteUrl: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], outsideRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // A request of the page opened before (from another address: file:// before http) cut short by this navigation is not this site's.
    if (error === 'net::ERR_ABORTED' && !request.url().startsWith(siteUrl)) return;
    problems.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(siteUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.outsideRequests.push(url);
  });
  return problems;
}

/**
 * Runs axe-core on the page; returns "rule: target" lines. `url`: where the test server serves
 * axe-core (faster, compiled once); without it the source is injected.
 */
export async function axeViolations(page: Page, url?: string): Promise<string[]> {
  await page.addScriptTag(url ? { url } : { content: axeSource });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    // With WCAG 2.2's target size (24 px, or room around: 2.5.8), which axe leaves off by default: a finger on a phone.
    const result = await window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
    return result.violations.map(
      (v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations as string[];
}
