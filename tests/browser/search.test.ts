/**
 * P3 in real Chromium: the search page over http (Pagefind, under a sub-path) and from
 * file:// (the offline engine) finds what teachers type, and both paths agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OfflineIndex, type PackedSearchIndex } from '../../src/search/index-format';
import { pagefindPage, type PagefindPageData } from '../../src/search/pagefind-page';
import { pageContent } from '../../src/search/results';
import { RESULTS_PAGE } from '../../src/search/types';
import { splitWords } from '../../src/search/words';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { recordProblems } from '../support/page-checks';
import { missOf, pageOf, resultsShownFor, submitSearch } from '../../tools/harness/search-page';
import { DIST } from '../support/site';
import { TEACHER_QUERIES } from '../../tools/harness/teacher-queries';

const enabled = browserTestsEnabled();
const fileBase = pathToFileURL(DIST).href + '/';

/** Searches on the search page and returns the result links. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await submitSearch(page, query);
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe.skipIf(!enabled)('search in Chromium', () => {
  const env = useBrowserAndSite();
  /** The result links of every teacher query on each path, asked once for the tests below. */
  const found: Record<'http' | 'file', Map<string, string[]>> = { http: new Map(), file: new Map() };
  const backend: Record<'http' | 'file', string> = { http: '', file: '' };
  const problems: Record<'http' | 'file', unknown> = { http: undefined, file: undefined };
  beforeAll(async () => {
    for (const mode of ['http', 'file'] as const) {
      const page = await env.browser.newPage();
      const base = mode === 'http' ? env.site.url : fileBase;
      problems[mode] = recordProblems(page, base);
      await page.goto(`${base}tim-kiem.html`);
      for (const [query] of TEACHER_QUERIES) found[mode].set(query, await searchFor(page, query));
      backend[mode] = (await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchBackend)) ?? '';
      await page.close();
    }
  }, 300_000);

  for (const mode of ['http', 'file'] as const) {
    it(`finds every teacher query in the first three results over ${mode}`, () => {
      const misses = TEACHER_QUERIES.map(([query, expected]) => missOf(query, found[mode].get(query) ?? [], expected)).filter(Boolean);
      expect(backend[mode]).toBe(mode === 'http' ? 'pagefind' : 'offline');
      console.log(`search over ${mode}: ${TEACHER_QUERIES.length - misses.length}/${TEACHER_QUERIES.length} queries pass`);
      expect(misses).toEqual([]);
      expect(problems[mode]).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
    });
  }

  it('both paths index the same pages, titles, words and headings', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}tim-kiem.html`);
    // A string, not a function: the test runner would rewrite import() inside a function.
    const pagefindPages: Array<PagefindPageData & { url: string }> = await page.evaluate(`(async () => {
      const pagefind = await import(new URL('pagefind/pagefind.js', location.href).href);
      const all = await pagefind.search(null);
      const data = await Promise.all(all.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, meta: d.meta, content: d.content, anchors: d.anchors }));
    })()`);
    await page.close();
    const holder: { OUTLINE_SEARCH_INDEX?: PackedSearchIndex } = {};
    new Function('window', readFileSync(join(DIST, 'search-index.js'), 'utf8'))(holder);
    const index = new OfflineIndex(holder.OUTLINE_SEARCH_INDEX!);
    const offline = new Map(Array.from({ length: index.pageCount }, (_, i) => index.page(i)).map((p) => [p.url, p]));
    expect(pagefindPages.map((p) => p.url.slice(new URL(env.site.url).pathname.length)).sort()).toEqual([...offline.keys()].sort());
    for (const p of pagefindPages) {
      const mine = offline.get(p.url.slice(new URL(env.site.url).pathname.length))!;
      expect(mine.title, p.url).toBe(p.meta.title);
      expect(splitWords(pageContent(mine)), p.url).toEqual(splitWords(p.content));
      // Cut at the same headings, with the same words under each: both paths pick a result's heading alike.
      const cut = pagefindPage(mine.url, p);
      expect(cut.segments.map((s) => [s.id, s.heading]), p.url).toEqual(mine.segments.map((s) => [s.id, s.heading]));
      expect(cut.segments.map((s) => splitWords(s.text)), p.url).toEqual(mine.segments.map((s) => splitWords(s.text)));
    }
  });

  it('gives the same first result over http and from file:// for every query', () => {
    const differ = TEACHER_QUERIES.map(([q]) => q).filter(
      (q) => pageOf(found.http.get(q)?.[0] ?? 'none-http') !== pageOf(found.file.get(q)?.[0] ?? 'none-file'),
    );
    expect(differ).toEqual([]);
    // Below the first result the lists may differ: over http only Pagefind's best pages are ranked.
    const whole = TEACHER_QUERIES.filter(([q]) => (found.http.get(q) ?? []).map(pageOf).join() === (found.file.get(q) ?? []).map(pageOf).join());
    console.log(`first page of results identical on both paths: ${whole.length}/${TEACHER_QUERIES.length} queries`);
  });

  it('shows a page of ten results, and ten more on “Xem thêm kết quả”, on both paths', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html`);
      const more = page.locator('[data-search-more]');
      /** Presses the button and returns the result links once more of them are shown. */
      const showMore = async (shown: number) => {
        await more.click();
        await page.waitForFunction((count) => {
          const list = document.querySelector<HTMLElement>('[data-search-results]')!;
          return list.dataset.searchState === 'done' && list.children.length > count;
        }, shown);
        return page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
      };
      // "Đảng" is on most pages of the site.
      const first = await searchFor(page, 'dang');
      expect(first, base).toHaveLength(RESULTS_PAGE);
      expect(await more.isVisible(), base).toBe(true);
      expect(await page.textContent('[data-search-status]')).toContain('Xem thêm kết quả');
      const second = await showMore(first.length);
      expect(second.length, base).toBeGreaterThan(RESULTS_PAGE);
      expect(second.length, base).toBeLessThanOrEqual(2 * RESULTS_PAGE);
      // What was shown stays in place; the new results come after it.
      expect(second.slice(0, RESULTS_PAGE)).toEqual(first);
      // The first new result has the focus, to read on from there.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second[RESULTS_PAGE]);

      // A glossary abbreviation: its own few results, then pages with its full form; "more" adds
      // more of those each time, until none are left.
      let shown = await searchFor(page, 'CCHC');
      expect(shown.length, base).toBeLessThanOrEqual(2 * RESULTS_PAGE);
      for (let clicks = 0; (await more.isVisible()) && clicks < 10; clicks += 1) {
        const next = await showMore(shown.length);
        expect(next.slice(0, shown.length)).toEqual(shown);
        shown = next;
      }
      expect(await more.isVisible(), base).toBe(false);
      expect(new Set(shown.map(pageOf)).size).toBe(shown.length);

      // A search with fewer results than a page offers no more.
      expect((await searchFor(page, 'smas')).length).toBeLessThan(RESULTS_PAGE);
      expect(await more.isVisible()).toBe(false);
      await page.close();
    }
  });

  it('searches the offline index when the server refuses Pagefind\'s files (as IIS does without their MIME types)', async () => {
    const page = await env.browser.newPage();
    await page.route(/\.(pagefind|pf_meta|pf_index|pf_fragment)$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${env.site.url}tim-kiem.html`);
    expect(pageOf((await searchFor(page, 'chu ky so'))[0])).toBe('b-i-6.html');
    expect(await page.$eval('[data-search-results]', (list) => (list as HTMLElement).dataset.searchBackend)).toBe('offline');
    await page.close();
  });

  it('says so when no index loads (the connection dropped), and finds the results when asked again', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}tim-kiem.html`);
    const cut = /(\/pagefind\/fragment\/|search-index\.js$)/;
    await page.route(cut, (route) => route.abort());
    await page.fill('#search-q', 'chu ky so');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'error');
    expect(await page.textContent('[data-search-status]')).toContain('Chưa tìm được');
    await page.unroute(cut);
    expect(pageOf((await searchFor(page, 'chu ky so'))[0])).toBe('b-i-6.html');
    await page.close();
  });

  it('does not shift the page when the results arrive, or when none do (phone, opened with ?q=)', async () => {
    for (const query of ['dang', 'xyzzyqwv']) {
      const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${env.site.url}tim-kiem.html?q=${query}`);
      await page.waitForFunction(resultsShownFor, query);
      await page.waitForTimeout(300);
      // Cumulative layout shift as Lighthouse counts it (no input on the page): "good" is under 0.1.
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((entries) => {
              resolve(entries.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0));
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(0), 1000);
          }),
      );
      expect(shift, query).toBeLessThan(0.1);
      await page.close();
    }
  });

  it('knows the glossary: CCHC finds “cải cách hành chính” and the other way round, on both paths', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html`);
      // a-i-2 says only "CCHC"; a-ii-3 says only "cải cách hành chính".
      const short = (await searchFor(page, 'CCHC')).map(pageOf);
      expect(short.slice(0, 3)).toContain('a-i-2.html');
      expect(short).toContain('a-ii-3.html');
      expect((await searchFor(page, 'cai cach hanh chinh')).map(pageOf)).toContain('a-i-2.html');
      await page.close();
    }
  });

  it('runs ?q= on arrival, and the address follows what is typed', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}tim-kiem.html?q=${encodeURIComponent('chữ ký số')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    expect(await page.inputValue('#search-q')).toBe('chữ ký số');
    await page.fill('#search-q', 'smas');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchQuery === 'smas');
    expect(new URL(page.url()).searchParams.get('q')).toBe('smas');
    await page.close();
  });

  it('goes to the heading and marks the words there', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html?q=${encodeURIComponent('dung nhan nhu dung moc')}`);
      const first = page.locator('[data-search-results] a').first();
      const href = (await first.getAttribute('href'))!;
      expect(href).toMatch(/^a-i-3\.html\?hl=[^#]+#[a-z0-9-]+$/);
      const excerptMarks = await page.locator('[data-search-results] li').first().locator('mark').allTextContents();
      expect(excerptMarks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['dụng', 'nhân', 'mộc']));
      await first.click();
      await page.waitForLoadState('load');
      expect(pageOf(page.url().slice(base.length))).toBe('a-i-3.html');
      const marks = await page.locator('main article mark.search-hit').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['dụng', 'nhân', 'như', 'mộc']));
      await page.close();
    }
  });

  it('says clearly when there is nothing to search or nothing found, and never runs what is typed', async () => {
    const page = await env.browser.newPage();
    let alerted = false;
    page.on('dialog', async (dialog) => {
      alerted = true;
      await dialog.dismiss();
    });
    await page.goto(`${fileBase}tim-kiem.html`);
    const status = page.locator('[data-search-status]');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    expect(await status.textContent()).toContain('Nhập từ cần tìm');
    for (const [query, message] of [
      ['?!…', 'chỉ có dấu câu'],
      ['xyzzyqwv', 'Không tìm thấy kết quả nào'],
      ['<img src=x onerror=alert(1)>', 'Không tìm thấy kết quả nào'],
    ]) {
      await searchFor(page, query);
      expect(await status.textContent()).toContain(message);
    }
    expect(await status.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(alerted).toBe(false);
    await page.close();
  });

  it('"/" and Ctrl+K put the cursor in the header search box; Enter opens the search page', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${fileBase}a-i-1.html`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('dao duc');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    expect(page.url()).toContain('tim-kiem.html?q=dao+duc');
    await page.close();
  });
});
