/**
 * Search on a site too large for the compact index: the build writes the sharded index instead
 * (src/search/sharded-index.ts), and the search page loads only the parts a query needs, over
 * http (under a sub-path, gzip) and from file:// alike. Its results are the compact engine's
 * on the same records, result for result.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSearchSite } from '../../src/search/build/write-indexes';
import { partFile } from '../../src/search/sharded-index';
import { splitWords } from '../../src/search/words';
import { RESULTS_PAGE } from '../../src/search/types';
import { FILES, GLOBALS, PAGES } from '../../src/site/routes';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { resultLinksInPage, submitSearch } from '../../tools/harness/search-page';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { buildSyntheticSite } from '../../tools/synthetic-site';
import { compactResults, compactSearch, LARGE_SITE_QUERIES as QUERIES, target } from '../support/large-site';
import { DIST } from '../support/site';

const enabled = browserTestsEnabled();

describe.skipIf(!enabled)('search on a large site (the sharded index)', () => {
  let dir = '';
  let site: StaticSite;
  let browser: Browser;
  beforeAll(async () => {
    dir = await buildSyntheticSite(DIST, 400);
    site = await serveStatic(dir, '/truong/de-cuong/');
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is built as parts, with their directory in the search page, and without the compact index', () => {
    const html = readFileSync(join(dir, PAGES.search), 'utf8');
    expect(html).toContain('data-search-engine="sharded"');
    expect(html).toContain(`id="${GLOBALS.searchDirectoryId}"`);
    expect(html).not.toContain(`src="${FILES.searchIndex}"`);
    expect(existsSync(join(dir, FILES.searchIndex))).toBe(false);
    const directory = JSON.parse(html.match(new RegExp(`id="${GLOBALS.searchDirectoryId}">([^<]*)<`))![1]);
    // Each part's file carries the index's version: a page of an older build never reads a newer part.
    expect(directory.version).toMatch(/^[0-9a-z]+$/);
    expect(existsSync(join(dir, FILES.searchPartsDir, partFile('p0', directory)))).toBe(true);
    expect(existsSync(join(dir, FILES.searchPartsDir, 'p0.js'))).toBe(false);
    // The preloader that asks for a query's parts before the search script has come.
    const preload = html.match(/<script src="(assets\/search-preload\.[0-9a-f]+\.js)"><\/script>/)?.[1];
    expect(preload && existsSync(join(dir, preload))).toBe(true);
    // The search script that carries the sharded engine, in place of the compact one's, which is gone.
    const search = html.match(/<script src="(assets\/search-page-sharded\.[0-9a-f]+\.js)"><\/script>/)?.[1];
    expect(search && existsSync(join(dir, search))).toBe(true);
    expect(html).not.toContain('search-page-compact');
    expect(readdirSync(join(dir, FILES.assetsDir)).filter((f) => f.startsWith('search-page-compact.'))).toEqual([]);
  });

  it('gives the compact engine\'s first ten results, page and paragraph, over http and from file://', async () => {
    const expected = await compactResults(dir, QUERIES);
    expect(expected.filter((urls) => urls.length === RESULTS_PAGE).length).toBeGreaterThan(QUERIES.length / 2);
    for (const base of [site.url, `${pathToFileURL(dir).href}/`]) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${base}${PAGES.search}`);
      const found = (await page.evaluate(resultLinksInPage, QUERIES)).map((links) => links.map(target));
      expect(await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchBackend)).toBe('sharded');
      const differ = QUERIES.filter((_, i) => found[i].join() !== expected[i].join()).map((q) => `${base}: ${q}`);
      expect(differ).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 180_000);

  it('loads only the parts a query needs, each once, and a cold visit with ?q= shows the results', async () => {
    const page = await browser.newPage();
    const parts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/${FILES.searchPartsDir}/`)) parts.push(request.url().split('/').pop()!);
    });
    await page.goto(`${site.url}${PAGES.search}?q=${encodeURIComponent('kỷ luật kỷ cương')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    const shown = await page.$$eval('[data-search-results] a', (links) => links.length);
    expect(shown).toBeGreaterThan(0);
    // At most two for each distinct word typed: its spellings' part and its bucket.
    expect(parts.filter((name) => !name.startsWith('p')).length).toBeLessThanOrEqual(2 * 3);
    expect(parts.filter((name) => name.startsWith('p'))).toHaveLength(shown);
    // The parts the preloader asked for are not asked again by the page's engine.
    expect(parts.length).toBe(new Set(parts).size);
    await page.close();
  });

  it('shows what has most of the words when nothing has them all, as the compact index does', async () => {
    const page = await browser.newPage();
    // No page of any site says "xyzzyq".
    await page.goto(`${site.url}${PAGES.search}?q=${encodeURIComponent('Hồ Chí Minh xyzzyq')}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    expect(await page.textContent('[data-search-status]')).toContain('chỉ trùng một phần');
    expect(await page.getAttribute('[data-search-results]', 'data-search-partial')).not.toBeNull();
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks).toEqual(expect.arrayContaining(['Hồ', 'Chí', 'Minh']));
    await page.close();
  });

  it('says so when a part does not arrive (the connection dropped), and finds the results when asked again', async () => {
    const page = await browser.newPage();
    const cut = new RegExp(`/${FILES.searchPartsDir}/`);
    await page.route(cut, (route) => route.abort());
    await page.goto(`${site.url}${PAGES.search}`);
    await page.fill('#search-q', 'cải cách hành chính');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'error');
    expect(await page.textContent('[data-search-status]')).toContain('Chưa tìm được');
    await page.unroute(cut);
    await submitSearch(page, 'cải cách hành chính');
    expect(await page.$$eval('[data-search-results] a', (links) => links.length)).toBeGreaterThanOrEqual(RESULTS_PAGE);
    await page.close();
  });

  it('keeps the results with every word when a part the looser searches need does not arrive', async () => {
    // A phrase that few pages hold whole (six words of a paragraph), so that the looser searches add
    // pages that hold it in part: the first such of the site's paragraphs (the corpus is drawn from the build's text).
    let found: { query: string; links: string[]; whole: number } | undefined;
    for (const { text } of readSearchSite(dir).records.slice(0, 300)) {
      const words = splitWords(text.toLowerCase()).filter((word) => /^\p{L}{2,}$/u.test(word));
      if (words.length < 12) continue;
      const query = words.slice(3, 9).join(' ');
      const { links, whole } = await compactSearch(dir, query);
      if (whole > 0 && links.length > whole) {
        found = { query, links, whole };
        break;
      }
    }
    expect(found, 'a paragraph whose six words few pages hold whole').toBeDefined();
    const { query, links, whole } = found!;
    const wholePages = links.slice(0, whole).map((link) => link.split('#')[0]);
    const page = await browser.newPage();
    await page.goto(`${site.url}${PAGES.search}`);
    // The parts of the pages with every word arrive; those of the pages found in part do not.
    let cut = 0;
    await page.route(new RegExp(`/${FILES.searchPartsDir}/p\\d+\\.`), async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (wholePages.some((url) => body.includes(`"url":"${url}"`))) return route.fulfill({ response, body });
      cut += 1;
      return route.abort();
    });
    await submitSearch(page, query);
    expect(cut).toBeGreaterThan(0);
    const shown = await page.$$eval('[data-search-results] a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(shown.map(target)).toEqual(links.slice(0, whole));
    // Not an error: what was found whole is the answer; the pages found in part are left out.
    expect(await page.textContent('[data-search-status]')).not.toContain('Chưa tìm được');
    expect(await page.getAttribute('[data-search-results]', 'data-search-partial')).toBeNull();
    await page.close();
  });

  it('does not search a last word of one letter as it is typed (it begins too many words); Enter does', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PAGES.search}`);
    await page.locator('#search-q').pressSequentially('cải cách', { delay: 30 });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchQuery === 'cải cách' && document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    const parts: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/${FILES.searchPartsDir}/`)) parts.push(request.url().split('/').pop()!);
    });
    await page.locator('#search-q').pressSequentially(' h');
    await page.waitForTimeout(600);
    expect(parts).toEqual([]);
    expect(await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchQuery)).toBe('cải cách');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchQuery === 'cải cách h' && document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    expect(parts.length).toBeGreaterThan(0);
    await page.close();
  });

  it('leaves the first results in place while the others arrive: a reader on the first link keeps it', async () => {
    const query = 'kỷ luật kỷ cương';
    const firstPage = (await compactResults(dir, [query]))[0][0].split('#')[0];
    const page = await browser.newPage();
    // The part of the first result's page arrives at once, the others later (a weak link).
    await page.route(new RegExp(`/${FILES.searchPartsDir}/p\\d+\\.`), async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes(`"url":"${firstPage}"`)) await new Promise((resolve) => setTimeout(resolve, 800));
      await route.fulfill({ response, body });
    });
    // Not waiting for the load event: the parts the page asks for hold it back.
    await page.goto(`${site.url}${PAGES.search}?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-search-results] li a');
    expect(await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchState)).toBe('loading');
    const first = await page.$eval('[data-search-results] li a', (link) => {
      (link as HTMLAnchorElement).focus();
      return link.getAttribute('href');
    });
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    expect(await page.$$eval('[data-search-results] li', (items) => items.length)).toBeGreaterThan(1);
    // The same link, still focused: not a copy made again when the list grew.
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-search-results] li a'))).toBe(true);
    expect(await page.$eval('[data-search-results] li a', (link) => link.getAttribute('href'))).toBe(first);
    await page.close();
  });

  it('puts the query in the address once the first results show, before the others have come', async () => {
    const query = 'kỷ luật kỷ cương';
    const firstPage = (await compactResults(dir, [query]))[0][0].split('#')[0];
    const page = await browser.newPage();
    await page.goto(`${site.url}${PAGES.search}`);
    // The part of the first result's page arrives at once, the others much later.
    await page.route(new RegExp(`/${FILES.searchPartsDir}/p\\d+\\.`), async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes(`"url":"${firstPage}"`)) await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.fulfill({ response, body });
    });
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-search-results] li a');
    // A teacher who opens the first result now, and comes Back, must find this search.
    await page.waitForURL((url) => url.searchParams.get('q') === query, { timeout: 3_000 });
    expect(await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchState)).toBe('loading');
    await page.close();
  });

  it('keeps the results shown before a search that fails after showing its first results', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}${PAGES.search}`);
    await submitSearch(page, 'cải cách hành chính');
    const before = await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href')));
    // The first page asked for arrives; the others fail a little later.
    let pagesAsked = 0;
    await page.route(new RegExp(`/${FILES.searchPartsDir}/p\\d+\\.`), async (route) => {
      if (pagesAsked++ === 0) return route.continue();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return route.abort();
    });
    await page.fill('#search-q', 'kỷ luật kỷ cương');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'error');
    expect(await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(before);
    await page.close();
  });
});
