/**
 * Firefox ESR. The USB copy: every page opens from file:// without a script error, search finds
 * what teachers type (the compact index, a classic script), a result leads to its paragraph
 * with the words marked, and what localStorage keeps (reading size, the Part B worksheet)
 * carries across pages and reloads. The school website: over http under a sub-path, the same
 * queries give the very same first ten results. A much larger site (the sharded index) gives
 * the compact engine's results on both paths.
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/dist-files';
import { firefoxTestsEnabled, launchFirefox } from '../support/firefox';
import { DIST } from '../support/site';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { EVERYDAY_QUERIES } from '../../tools/harness/everyday-queries';
import { TEACHER_QUERIES } from '../../tools/harness/teacher-queries';
import { missOf, resultLinksInPage } from '../../tools/harness/search-page';
import { buildSyntheticSite } from '../../tools/synthetic-site';
import { compactResults, LARGE_SITE_QUERIES, target } from '../support/large-site';

const enabled = firefoxTestsEnabled();
const base = pathToFileURL(DIST).href + '/';

/** Script errors and error messages in the console, as they happen. */
function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${(error as Error).message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  return errors;
}

const QUERIES = [...TEACHER_QUERIES.map(([q]) => q), ...EVERYDAY_QUERIES.map(([q]) => q)];
/** Runs every query on the search page at `siteUrl`: each teacher query finds its page in the first three. Returns the links. */
async function expectQueries(browser: Browser, siteUrl: string, mode: 'http' | 'file'): Promise<string[][]> {
  const page = await browser.newPage();
  const errors = recordErrors(page);
  await page.goto(`${siteUrl}tim-kiem.html`);
  const links = await page.evaluate(resultLinksInPage, QUERIES);
  const misses = TEACHER_QUERIES.map(([query, expected], i) => missOf(query, links[i], expected)).filter(Boolean);
  expect(await page.$eval('[data-search-results]', (list) => (list as HTMLElement).dataset.searchBackend)).toBe('compact');
  console.log(`search in Firefox (${mode}): ${TEACHER_QUERIES.length - misses.length}/${TEACHER_QUERIES.length} teacher queries pass`);
  expect(misses).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
  return links;
}

describe.skipIf(!enabled)('the USB copy in Firefox (file://)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens every page without a script error', async () => {
    const page = await browser.newPage();
    const errors = recordErrors(page);
    const pages = listFiles(DIST).filter((file) => file.endsWith('.html'));
    for (const file of pages) {
      await page.goto(base + file);
      expect(await page.$eval('h1', (h1) => h1.textContent?.trim() ?? ''), file).not.toBe('');
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it('finds every teacher query in the first three results', async () => {
    await expectQueries(browser, base, 'file');
  }, 300_000);

  it('leads from a result to its paragraph and marks the words there', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}tim-kiem.html?q=${encodeURIComponent('dung nhan nhu dung moc')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    const href = await page.$eval('[data-search-results] a', (a) => a.getAttribute('href') ?? '');
    expect(href).toMatch(/^a-i-3\.html\?hl=[^#]+#a-i-3-p\d+$/);
    await Promise.all([page.waitForNavigation(), page.click('[data-search-results] a')]);
    const marks = await page.$$eval('main article mark.search-hit', (found) => found.map((m) => m.textContent?.toLowerCase()));
    expect(marks).toEqual(expect.arrayContaining(['dụng', 'nhân', 'như', 'mộc']));
    await page.close();
  });

  it('keeps the reading size across pages and folders, and the worksheet across a reload', async () => {
    const page = await browser.newPage();
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    await page.goto(`${base}index.html`);
    const before = await size();
    await page.click('[data-reading-controls] [data-size="up"]');
    const larger = await size();
    expect(parseFloat(larger)).toBeGreaterThan(parseFloat(before));
    await page.goto(`${base}van-ban/index.html`);
    expect(await size()).toBe(larger);
    await page.click('[data-reading-controls] [data-size="down"]');

    await page.goto(`${base}phieu-lien-he.html`);
    await page.waitForSelector('[data-worksheet][data-ready]');
    await page.type('input[name="cell"]', 'Chi bộ Thử Firefox');
    // Firefox lets words into a number box and then gives back nothing: a count box keeps them.
    await page.type('input[name="count:rut-hoc-ba"]', '12 hồ sơ');
    await page.waitForFunction(() => document.querySelector('[data-worksheet-status]')?.textContent?.includes('Đã lưu'));
    await page.reload();
    await page.waitForSelector('[data-worksheet][data-ready]');
    expect(await page.$eval('input[name="cell"]', (input) => (input as HTMLInputElement).value)).toBe('Chi bộ Thử Firefox');
    expect(await page.$eval('input[name="count:rut-hoc-ba"]', (input) => (input as HTMLInputElement).value)).toBe('12 hồ sơ');
    await page.close();
  });
});

describe.skipIf(!enabled)('the school website in Firefox (http, under a sub-path)', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(DIST, '/truong/de-cuong/');
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('finds every teacher query in the first three results, and the same first ten results as from file:// for every query', async () => {
    const http = await expectQueries(browser, site.url, 'http');
    const file = await expectQueries(browser, base, 'file');
    const strip = (href: string) => href.replace(/\?[^#]*/, '');
    expect(QUERIES.filter((_, i) => http[i].map(strip).join() !== file[i].map(strip).join())).toEqual([]);
  }, 300_000);
});

describe.skipIf(!enabled)('a large site (the sharded index) in Firefox, over http and from file://', () => {
  let browser: Browser;
  let site: StaticSite;
  let dir = '';
  beforeAll(async () => {
    dir = await buildSyntheticSite(DIST, 300);
    site = await serveStatic(dir, '/truong/de-cuong/');
    browser = await launchFirefox();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('gives the compact engine\'s first ten results, page and paragraph, on both paths', async () => {
    const expected = await compactResults(dir, LARGE_SITE_QUERIES);
    for (const siteUrl of [site.url, `${pathToFileURL(dir).href}/`]) {
      const page = await browser.newPage();
      const errors = recordErrors(page);
      await page.goto(`${siteUrl}tim-kiem.html`);
      const links = await page.evaluate(resultLinksInPage, LARGE_SITE_QUERIES);
      expect(await page.$eval('[data-search-results]', (list) => (list as HTMLElement).dataset.searchBackend)).toBe('sharded');
      expect(LARGE_SITE_QUERIES.filter((_, i) => links[i].map(target).join() !== expected[i].join()).map((q) => `${siteUrl}: ${q}`)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 300_000);
});
