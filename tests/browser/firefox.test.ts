/**
 * Firefox ESR. The USB copy: every page opens from file:// without a script error, search finds
 * what teachers type (the offline index, a classic script: Firefox too blocks Pagefind's module,
 * fetch and Worker there), a result leads to its heading with the words marked, and what
 * localStorage keeps (reading size, the Part B worksheet) carries across pages and reloads.
 * The school website: over http under a sub-path, Pagefind finds the same queries.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/dist-files';
import { firefoxTestsEnabled, launchFirefox } from '../support/firefox';
import { DIST } from '../support/site';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { TEACHER_QUERIES } from '../../tools/harness/teacher-queries';
import { missOf, resultLinksInPage } from '../../tools/harness/search-page';

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

/** Runs the teacher queries on the search page at `siteUrl`: each finds its page in the first three, on the given path. */
async function expectTeacherQueries(browser: Browser, siteUrl: string, backend: 'pagefind' | 'offline'): Promise<void> {
  const page = await browser.newPage();
  const errors = recordErrors(page);
  await page.goto(`${siteUrl}tim-kiem.html`);
  const links = await page.evaluate(resultLinksInPage, TEACHER_QUERIES.map(([query]) => query));
  const misses = TEACHER_QUERIES.map(([query, expected], i) => missOf(query, links[i], expected)).filter(Boolean);
  expect(await page.$eval('[data-search-results]', (list) => (list as HTMLElement).dataset.searchBackend)).toBe(backend);
  console.log(`search in Firefox (${backend}): ${TEACHER_QUERIES.length - misses.length}/${TEACHER_QUERIES.length} queries pass`);
  expect(misses).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
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
    await expectTeacherQueries(browser, base, 'offline');
  }, 300_000);

  it('leads from a result to its heading and marks the words there', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}tim-kiem.html?q=${encodeURIComponent('dung nhan nhu dung moc')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    const href = await page.$eval('[data-search-results] a', (a) => a.getAttribute('href') ?? '');
    expect(href).toMatch(/^a-i-3\.html\?hl=[^#]+#[a-z0-9-]+$/);
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
    await page.waitForFunction(() => document.querySelector('[data-worksheet-status]')?.textContent?.includes('Đã lưu'));
    await page.reload();
    await page.waitForSelector('[data-worksheet][data-ready]');
    expect(await page.$eval('input[name="cell"]', (input) => (input as HTMLInputElement).value)).toBe('Chi bộ Thử Firefox');
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

  it('finds every teacher query in the first three results with Pagefind', async () => {
    await expectTeacherQueries(browser, site.url, 'pagefind');
  }, 300_000);
});
