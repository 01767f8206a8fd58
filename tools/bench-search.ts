/**
 * Search timings in real Chromium: from the Enter keystroke to the results shown (the
 * search page records it in data-search-ms), over http and from file://; the first query
 * after the page opens (cold) and the queries after it (warm). Cold is measured twice: typed
 * the instant the page has loaded (the index it starts loading on open is still on its way),
 * and typed once the page has settled (no request for half a second), as a teacher who takes
 * a moment to type would see it.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { serveStatic } from './harness/static-server';
import { pageOf, submitSearch } from './harness/search-page';

export interface SearchTimings {
  mode: 'http' | 'file';
  cold: number[];
  coldSettled: number[];
  warm: number[];
  backend: string;
  /** The page of the first result of each warm query, to compare the two paths. */
  firstResults: string[];
}

async function timeQuery(page: import('playwright-core').Page, query: string): Promise<number> {
  await submitSearch(page, query, 60_000);
  return Number(await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchMs));
}

async function firstResultPage(page: import('playwright-core').Page): Promise<string> {
  return pageOf(await page.$eval('[data-search-results]', (list) => list.querySelector('a')?.getAttribute('href') ?? '(none)'));
}

async function measure(browser: Browser, base: string, mode: 'http' | 'file', queries: string[], coldRuns: number): Promise<SearchTimings> {
  const cold: number[] = [];
  const coldSettled: number[] = [];
  const warm: number[] = [];
  const firstResults: string[] = [];
  let backend = '';
  for (let run = 0; run < coldRuns; run += 1) {
    const settled = await browser.newContext();
    const settledPage = await settled.newPage();
    await settledPage.goto(`${base}tim-kiem.html`, { waitUntil: 'networkidle' });
    coldSettled.push(await timeQuery(settledPage, queries[run % queries.length]));
    await settled.close();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}tim-kiem.html`);
    cold.push(await timeQuery(page, queries[run % queries.length]));
    if (run === 0) {
      for (const query of queries) {
        warm.push(await timeQuery(page, query));
        firstResults.push(await firstResultPage(page));
      }
      backend = await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchBackend ?? '');
    }
    await context.close();
  }
  return { mode, cold, coldSettled, warm, backend, firstResults };
}

export async function benchSearch(siteDir: string, queries: string[], coldRuns = 5): Promise<SearchTimings[]> {
  const site = await serveStatic(siteDir, '/truong/de-cuong/');
  const browser = await launchChromium();
  try {
    return [
      await measure(browser, site.url, 'http', queries, coldRuns),
      await measure(browser, pathToFileURL(siteDir).href + '/', 'file', queries, coldRuns),
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
