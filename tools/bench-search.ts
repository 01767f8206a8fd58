/**
 * Search timings in real Chromium, on a site served gzip-compressed under a sub-path (as a
 * school's Apache would) and from file://:
 * - cold: a first visit of tim-kiem.html?q=…, from the start of the page's loading to its
 *   first results on screen, with the bytes and requests it took; on a fast link, and on the
 *   island's weak mobile link (DevTools network emulation: 400 kbit/s, 400 ms round trips);
 * - bare: the same page without a query, until its scripts have run (DOMContentLoaded ended):
 *   what a visit costs this machine before search does anything;
 * - warm: on an open search page, from the Enter keystroke to the results shown.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { serveStatic, type StaticSite } from './harness/static-server';
import { pageOf, submitSearch } from './harness/search-page';

export interface ColdVisit {
  ms: number;
  bytes: number;
  requests: number;
  engine: string;
}

export interface SearchTimings {
  mode: 'http' | 'http, weak link' | 'file';
  /** The search page opened without a query, to the end of its DOMContentLoaded (its scripts have run): what any visit costs before search does anything. */
  bare: number[];
  cold: ColdVisit[];
  /** The first query of a visit, typed as soon as the page has loaded: Enter to results. */
  firstQuery: number[];
  warm: number[];
  /** The page of the first result of each warm query, to compare the paths. */
  firstResults: string[];
}

/** 400 kbit/s down and up, 400 ms round trips. */
const WEAK_LINK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };

/**
 * A first visit: from the start of loading to the first results, and what the server sent for
 * it (requests a Worker makes included). Pages from file:// have no traffic to count.
 */
async function coldVisit(context: BrowserContext, url: string, throttle: boolean, site?: StaticSite): Promise<ColdVisit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // The emulation applies to the page and, in Chromium, to the workers it starts.
  if (throttle) await cdp.send('Network.emulateNetworkConditions', WEAK_LINK);
  site?.takeTraffic();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchShownAt, undefined, { timeout: 60_000 });
  const traffic = site?.takeTraffic() ?? { requests: 0, bytes: 0 };
  const { ms, engine } = await page.$eval('[data-search-results]', (el) => ({ ms: Number((el as HTMLElement).dataset.searchShownAt), engine: (el as HTMLElement).dataset.searchBackend ?? '' }));
  await page.close();
  return { ms, ...traffic, engine };
}

/** A first visit of the search page without a query: from the start of loading to the end of DOMContentLoaded. */
async function bareVisit(context: BrowserContext, url: string, throttle: boolean): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) await cdp.send('Network.emulateNetworkConditions', WEAK_LINK);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  await page.close();
  return ms;
}

async function timeQuery(page: Page, query: string): Promise<number> {
  await submitSearch(page, query, 60_000);
  return Number(await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchMs));
}

async function measure(browser: Browser, base: string, mode: SearchTimings['mode'], queries: string[], coldRuns: number, site?: StaticSite): Promise<SearchTimings> {
  const bare: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext();
    bare.push(await bareVisit(context, `${base}tim-kiem.html`, mode === 'http, weak link'));
    await context.close();
  }
  const cold: ColdVisit[] = [];
  const firstQuery: number[] = [];
  for (let run = 0; run < coldRuns; run += 1) {
    // A new context each time: nothing cached, as on a teacher's first visit.
    const context = await browser.newContext();
    cold.push(await coldVisit(context, `${base}tim-kiem.html?q=${encodeURIComponent(queries[run % queries.length])}`, mode === 'http, weak link', site));
    await context.close();
    if (mode === 'http, weak link') continue;
    // The first query typed as soon as the page has loaded: Enter to results.
    const typed = await browser.newContext();
    const page = await typed.newPage();
    await page.goto(`${base}tim-kiem.html`);
    firstQuery.push(await timeQuery(page, queries[(run + 1) % queries.length]));
    await typed.close();
  }
  const warm: number[] = [];
  const firstResults: string[] = [];
  if (mode !== 'http, weak link') {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}tim-kiem.html`, { waitUntil: 'networkidle' });
    for (const query of queries) {
      warm.push(await timeQuery(page, query));
      firstResults.push(pageOf(await page.$eval('[data-search-results]', (list) => list.querySelector('a')?.getAttribute('href') ?? '(none)')));
    }
    await context.close();
  }
  return { mode, bare, cold, firstQuery, warm, firstResults };
}

export async function benchSearch(siteDir: string, queries: string[], coldRuns = 5): Promise<SearchTimings[]> {
  const site = await serveStatic(siteDir, '/truong/de-cuong/');
  const browser = await launchChromium();
  try {
    return [
      await measure(browser, site.url, 'http', queries, coldRuns, site),
      await measure(browser, site.url, 'http, weak link', queries, coldRuns, site),
      await measure(browser, pathToFileURL(siteDir).href + '/', 'file', queries, coldRuns),
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
