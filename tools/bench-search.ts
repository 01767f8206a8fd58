/**
 * Search timings in real Chromium, on a site served gzip-compressed under a sub-path (as a
 * school's Apache would) and from file://:
 * - cold: a first visit of tim-kiem.html?q=…, from the start of the page's loading to its
 *   first results on screen, with the bytes and requests it took; on a fast link, on the
 *   island's weak mobile link (DevTools network emulation: 400 kbit/s, 400 ms round trips),
 *   and on that link with the CPU slowed 4 times (DevTools CPU throttling, as Lighthouse
 *   emulates a phone): a teacher's phone is slower than this machine too;
 * - bare: the same page without a query, until its scripts have run (DOMContentLoaded ended):
 *   what a visit costs this machine before search does anything;
 * - typed: the first query of a visit, typed as soon as the page has loaded (fast link, file://
 *   and the phone);
 * - warm: on an open search page, from the Enter keystroke to the results shown (the same modes).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { PAGES } from '../src/site/routes';
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
  mode: 'http' | 'http, weak link' | 'phone: weak link, CPU ÷4' | 'file';
  /** The search page opened without a query, to the end of its DOMContentLoaded (its scripts have run): what any visit costs before search does anything. */
  bare: number[];
  cold: ColdVisit[];
  /** The first query of a visit, typed as soon as the page has loaded: Enter to all its results shown. */
  firstQuery: number[];
  /** The same: Enter to its first results on screen (on the sharded index they come as their pages arrive). */
  firstQueryShown: number[];
  warm: number[];
  /** The page of the first result of each warm query, to compare the paths. */
  firstResults: string[];
}

/** 400 kbit/s down and up, 400 ms round trips. */
const WEAK_LINK = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
/** How many times slower a phone's CPU is taken to be than this machine's (Lighthouse's mobile emulation). */
const PHONE_CPU_SLOWDOWN = 4;

/** The conditions of a mode: network and CPU emulation, set on a page before it loads. */
async function emulate(cdp: CDPSession, mode: SearchTimings['mode']): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // The emulation applies to the page and, in Chromium, to the workers it starts.
  if (mode === 'http, weak link' || mode === 'phone: weak link, CPU ÷4') await cdp.send('Network.emulateNetworkConditions', WEAK_LINK);
  if (mode === 'phone: weak link, CPU ÷4') await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
}

/**
 * Modes measured by first visits only: on the plain weak link a typed search costs what the fast
 * link's does plus the parts it fetches. The phone's slower CPU is felt most on a search typed
 * on an open page, so its row times those too.
 */
const visitsOnly = (mode: SearchTimings['mode']) => mode === 'http, weak link';

/** A new page of `context` in the conditions of `mode`. */
async function openPage(context: BrowserContext, mode: SearchTimings['mode']): Promise<Page> {
  const page = await context.newPage();
  await emulate(await context.newCDPSession(page), mode);
  return page;
}

/**
 * A first visit: from the start of loading to the first results, and what the server sent for
 * it (requests a Worker makes included). Pages from file:// have no traffic to count.
 */
async function coldVisit(context: BrowserContext, url: string, mode: SearchTimings['mode'], site?: StaticSite): Promise<ColdVisit> {
  const page = await openPage(context, mode);
  site?.takeTraffic();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchShownAt, undefined, { timeout: 60_000 });
  const { requests, bytes } = site?.takeTraffic() ?? { requests: 0, bytes: 0 };
  const { ms, engine } = await page.$eval('[data-search-results]', (el) => ({ ms: Number((el as HTMLElement).dataset.searchShownAt), engine: (el as HTMLElement).dataset.searchBackend ?? '' }));
  await page.close();
  return { ms, requests, bytes, engine };
}

/** A first visit of the search page without a query: from the start of loading to the end of DOMContentLoaded. */
async function bareVisit(context: BrowserContext, url: string, mode: SearchTimings['mode']): Promise<number> {
  const page = await openPage(context, mode);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
  await page.close();
  return ms;
}

/** Enter to all results shown, and to the first results on screen. */
async function timeQuery(page: Page, query: string): Promise<{ all: number; first: number }> {
  await submitSearch(page, query, 60_000);
  return page.$eval('[data-search-results]', (el) => ({ all: Number((el as HTMLElement).dataset.searchMs), first: Number((el as HTMLElement).dataset.searchFirstMs) }));
}

async function measure(browser: Browser, base: string, mode: SearchTimings['mode'], queries: string[], coldRuns: number, site?: StaticSite): Promise<SearchTimings> {
  const bare: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext();
    bare.push(await bareVisit(context, `${base}tim-kiem.html`, mode));
    await context.close();
  }
  const cold: ColdVisit[] = [];
  const firstQuery: number[] = [];
  const firstQueryShown: number[] = [];
  for (let run = 0; run < coldRuns; run += 1) {
    // A new context each time: nothing cached, as on a teacher's first visit.
    const context = await browser.newContext();
    cold.push(await coldVisit(context, `${base}tim-kiem.html?q=${encodeURIComponent(queries[run % queries.length])}`, mode, site));
    await context.close();
    if (visitsOnly(mode)) continue;
    // The first query typed as soon as the page has loaded: Enter to results.
    const typed = await browser.newContext();
    const page = await openPage(typed, mode);
    await page.goto(`${base}tim-kiem.html`, { timeout: 60_000 });
    const { all, first } = await timeQuery(page, queries[(run + 1) % queries.length]);
    firstQuery.push(all);
    firstQueryShown.push(first);
    await typed.close();
  }
  const warm: number[] = [];
  const firstResults: string[] = [];
  if (!visitsOnly(mode)) {
    const context = await browser.newContext();
    const page = await openPage(context, mode);
    await page.goto(`${base}tim-kiem.html`, { waitUntil: 'networkidle', timeout: 60_000 });
    for (const query of queries) {
      warm.push((await timeQuery(page, query)).all);
      firstResults.push(pageOf(await page.$eval('[data-search-results]', (list) => list.querySelector('a')?.getAttribute('href') ?? '(none)')));
    }
    await context.close();
  }
  return { mode, bare, cold, firstQuery, firstQueryShown, warm, firstResults };
}

/** What this machine and browser cost before any page of ours does anything: to read the figures above against another machine's. */
export interface MachineBaseline {
  /** A blank page's inline script, in a new context: ms after the start of navigation. */
  blankPage: number[];
  /** Ten empty classic scripts added at once to a loaded page, until the last has run. */
  tenScripts: { http: number[]; file: number[] };
}

const BLANK_PAGE = `<!doctype html><title>0</title><script>
document.title = performance.now().toFixed(1);
addEventListener('load', () => setTimeout(() => {
  const start = performance.now();
  let left = 10;
  for (let i = 0; i < 10; i += 1) {
    const script = document.createElement('script');
    script.src = 'empty-' + i + '.js';
    script.onload = () => { if (--left === 0) document.body.dataset.tenScripts = (performance.now() - start).toFixed(1); };
    document.head.append(script);
  }
}, 50));
</script>`;

export async function machineBaseline(runs = 5): Promise<MachineBaseline> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-blank-'));
  writeFileSync(join(dir, 'index.html'), BLANK_PAGE);
  for (let i = 0; i < 10; i += 1) writeFileSync(join(dir, `empty-${i}.js`), `window.loaded = (window.loaded || 0) + 1;`);
  const site = await serveStatic(dir);
  const browser = await launchChromium();
  const baseline: MachineBaseline = { blankPage: [], tenScripts: { http: [], file: [] } };
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [mode, base] of [['http', site.url], ['file', `${pathToFileURL(dir).href}/`]] as const) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${base}index.html`);
        if (mode === 'http') baseline.blankPage.push(Number(await page.title()));
        await page.waitForFunction(() => document.body.dataset.tenScripts);
        baseline.tenScripts[mode].push(Number(await page.$eval('body', (body) => body.dataset.tenScripts)));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return baseline;
}

/** This site's search page with its scripts left out, over http: what the browser alone takes to show it here. */
export interface PageWithoutScripts {
  /** From the start of navigation to the end of DOMContentLoaded. */
  contentLoaded: number[];
  /** From the start of navigation to the first contentful paint. */
  firstPaint: number[];
}

/**
 * The floor under the fast-link figures: the search page as built, its <script src> left out
 * (page-setup.js too, so the page is laid out without the `js` class), its CSS, HTML and inline
 * data kept, served beside the site under the same sub-path.
 */
export async function pageWithoutScripts(siteDir: string, runs = 5): Promise<PageWithoutScripts> {
  const root = parse(readFileSync(join(siteDir, PAGES.search), 'utf8'));
  for (const script of root.querySelectorAll('script[src]')) script.remove();
  const dir = mkdtempSync(join(tmpdir(), 'bench-no-script-'));
  const stripped = join(dir, 'page.html');
  writeFileSync(stripped, root.toString());
  const name = PAGES.search.replace(/\.html$/, '.no-script.html');
  const site = await serveStatic(siteDir, '/truong/de-cuong/', { extraFiles: { [name]: stripped } });
  const browser = await launchChromium();
  const floor: PageWithoutScripts = { contentLoaded: [], firstPaint: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await openPage(context, 'http');
      await page.goto(`${site.url}${name}`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      const [loaded, painted] = await page.evaluate(() => [
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
        performance.getEntriesByName('first-contentful-paint')[0].startTime,
      ]);
      floor.contentLoaded.push(loaded);
      floor.firstPaint.push(painted);
      await context.close();
    }
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return floor;
}

export async function benchSearch(siteDir: string, queries: string[], coldRuns = 5): Promise<SearchTimings[]> {
  const site = await serveStatic(siteDir, '/truong/de-cuong/');
  const browser = await launchChromium();
  try {
    return [
      await measure(browser, site.url, 'http', queries, coldRuns, site),
      await measure(browser, site.url, 'http, weak link', queries, coldRuns, site),
      await measure(browser, site.url, 'phone: weak link, CPU ÷4', queries, coldRuns, site),
      await measure(browser, pathToFileURL(siteDir).href + '/', 'file', queries, coldRuns),
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}
