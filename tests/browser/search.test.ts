/**
 * P3 in real Chromium: the search page over http (under a sub-path, gzip) and from file://
 * finds what teachers type, with the same first ten results (page and paragraph) on both
 * paths; a result opens its page at the paragraph, with the words marked as whole words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompactIndex, type PackedSearchIndex } from '../../src/search/compact-index';
import { foldVietnamese } from '../../src/site/fold-vietnamese';
import { RESULTS_PAGE } from '../../src/search/types';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { EVERYDAY_QUERIES } from '../../tools/harness/everyday-queries';
import { missOf, pageOf, resultLinksInPage, resultsShownFor, submitSearch } from '../../tools/harness/search-page';
import { TEACHER_QUERIES } from '../../tools/harness/teacher-queries';
import { useBrowserAndSite } from '../support/browser-and-site';
import { recordProblems } from '../support/page-checks';
import { DIST, readDist } from '../support/site';

const enabled = browserTestsEnabled();
const fileBase = pathToFileURL(DIST).href + '/';
const QUERIES = [...TEACHER_QUERIES.map(([q]) => q), ...EVERYDAY_QUERIES.map(([q]) => q)];

/** Searches on the search page, as a teacher types and presses Enter, and returns the result links. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await submitSearch(page, query);
  return page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The words of the paragraph a result link points to, from the built page. */
function paragraphOf(href: string): string {
  const [path, id] = pageOf(href) === href ? [href, ''] : [pageOf(href), href.replace(/^[^#]*#?/, '')];
  const element = id ? parse(readDist(path)).getElementById(decodeURIComponent(id)) : null;
  return (element?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Without the words the link carries (?hl=): the page and the paragraph. */
const target = (href: string) => href.replace(/\?[^#]*/, '');

describe.skipIf(!enabled)('search in Chromium', () => {
  const env = useBrowserAndSite();
  /** The result links of every query on each path, asked once for the tests below. */
  const found: Record<'http' | 'file', string[][]> = { http: [], file: [] };
  const engine: Record<'http' | 'file', string> = { http: '', file: '' };
  const problems: Record<'http' | 'file', unknown> = { http: undefined, file: undefined };
  beforeAll(async () => {
    for (const mode of ['http', 'file'] as const) {
      const page = await env.browser.newPage();
      const base = mode === 'http' ? env.site.url : fileBase;
      problems[mode] = recordProblems(page, base);
      await page.goto(`${base}tim-kiem.html`);
      found[mode] = await page.evaluate(resultLinksInPage, QUERIES);
      engine[mode] = (await page.$eval('[data-search-results]', (el) => (el as HTMLElement).dataset.searchBackend)) ?? '';
      await page.close();
    }
  }, 300_000);

  for (const mode of ['http', 'file'] as const) {
    it(`finds every teacher query in the first three results over ${mode}, with the compact index`, () => {
      const misses = TEACHER_QUERIES.map(([query, expected], i) => missOf(query, found[mode][i], expected)).filter(Boolean);
      expect(engine[mode]).toBe('compact');
      expect(misses).toEqual([]);
      expect(problems[mode]).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
    });
    it(`finds the passage of every everyday phrase in the first three results over ${mode}`, () => {
      const misses = EVERYDAY_QUERIES.map(([query, passage], i) => {
        const links = found[mode][TEACHER_QUERIES.length + i];
        return links.slice(0, 3).some((href) => paragraphOf(href).includes(passage)) ? undefined : `${query} → ${links.slice(0, 3).join(', ')}`;
      }).filter(Boolean);
      expect(misses).toEqual([]);
    });
  }

  it('gives the same first ten results, page and paragraph, over http and from file:// for every query', () => {
    const differ = QUERIES.filter((_, i) => found.http[i].map(target).join() !== found.file[i].map(target).join());
    expect(found.http.flat().length).toBeGreaterThan(QUERIES.length);
    expect(differ).toEqual([]);
  });

  it('gives each result a link to a paragraph that exists', () => {
    const broken = [...new Set(found.http.flat())].filter((href) => href.includes('#') && paragraphOf(href) === '');
    expect(broken).toEqual([]);
  });

  it('feeds Pagefind the very records of the compact index', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.site.url}tim-kiem.html`);
    // A string, not a function: the test runner would rewrite import() inside a function.
    const pages: Array<{ url: string; meta: Record<string, string>; content: string }> = await page.evaluate(`(async () => {
      const pagefind = await import(new URL('pagefind/pagefind.js', location.href).href);
      const all = await pagefind.search(null);
      return Promise.all(all.results.map((r) => r.data()));
    })()`);
    const fed = pages.flatMap(({ url, meta, content }) => {
      let at = 0;
      return (JSON.parse(meta.records) as Array<[string, string, number]>).map(([anchor, heading, length]) => {
        const text = content.slice(at, at + length);
        at += length + 1;
        return `${url.replace(new URL(env.site.url).pathname, '')}#${anchor}|${heading}|${text}`;
      });
    });
    const holder: { OUTLINE_SEARCH_INDEX?: PackedSearchIndex } = {};
    new Function('window', readFileSync(join(DIST, 'search-index.js'), 'utf8'))(holder);
    const index = new CompactIndex(holder.OUTLINE_SEARCH_INDEX!);
    const compact = Array.from({ length: index.recordCount }, (_, r) => index.record(r)).map((r) => `${index.url(r.page)}#${r.anchor}|${r.heading}|${r.text}`);
    expect(fed.length).toBeGreaterThan(500);
    expect(fed.sort()).toEqual(compact.sort());
    await page.close();
  }, 120_000);

  it('opens a result at its paragraph, with the words typed together in view on a phone', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const outOfView: string[] = [];
    for (const [query, passage] of EVERYDAY_QUERIES) {
      await page.goto(`${env.site.url}tim-kiem.html?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(resultsShownFor, query);
      await Promise.all([page.waitForEvent('load'), page.locator('[data-search-results] a').first().click()]);
      const seen = await page.evaluate((words) => {
        const inView = (el: Element) => {
          const box = el.getBoundingClientRect();
          return box.bottom > 0 && box.top < innerHeight;
        };
        const paragraph = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
        const marks = [...document.querySelectorAll('main mark.search-hit')].filter(inView);
        return { paragraphInView: !!paragraph && inView(paragraph), marks: marks.length, text: paragraph?.textContent?.replace(/\s+/g, ' ') ?? '', words };
      }, passage);
      if (!seen.paragraphInView || seen.marks === 0) outOfView.push(`${query} (${page.url().split('/').pop()}): paragraph ${seen.paragraphInView ? 'in view' : 'not in view'}, ${seen.marks} marks in view`);
    }
    expect(outOfView).toEqual([]);
    await context.close();
  }, 180_000);

  it('opens the page of a document named by its number first, at its top, where its title and number stand (phone, both paths)', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const named: Array<[string, string, string]> = [
      ['nghị quyết 27', 'van-ban/nq-27-nq-tw-2022.html', '27-NQ/TW'],
      ['NQ27', 'van-ban/nq-27-nq-tw-2022.html', '27-NQ/TW'],
      // Without marks, with other words: the "30" of a date on another document's page came first.
      ['nghi dinh 30 van ban', 'van-ban/nd-30-2020-nd-cp.html', '30/2020/NĐ-CP'],
      ['quy định 144', 'van-ban/qd-144-qd-tw-2024.html', '144-QĐ/TW'],
      // Other words that the title does not hold: the page still opens at its title, not at a word below.
      ['NQ27 cải cách', 'van-ban/nq-27-nq-tw-2022.html', '27-NQ/TW'],
    ];
    for (const base of [env.site.url, fileBase]) {
      for (const [query, path, number] of named) {
        await page.goto(`${base}tim-kiem.html?q=${encodeURIComponent(query)}`);
        await page.waitForFunction(resultsShownFor, query);
        const first = await page.locator('[data-search-results] a').first().getAttribute('href');
        expect(target(first!), `${query} (${base})`).toBe(`${path}#van-ban`);
        await Promise.all([page.waitForEvent('load'), page.locator('[data-search-results] a').first().click()]);
        const title = await page.$eval('main h1', (h1) => ({ text: h1.textContent ?? '', top: h1.getBoundingClientRect().top, bottom: h1.getBoundingClientRect().bottom }));
        expect(title.text, query).toContain(number);
        // At the top of the screen (scrolled to, a fraction of a pixel either way).
        expect(title.top, query).toBeGreaterThan(-2);
        expect(title.bottom, query).toBeLessThan(844);
      }
    }
    // A document the site does not have is not made up: "nghị quyết 18" leads to no document page.
    await page.goto(`${env.site.url}tim-kiem.html?q=${encodeURIComponent('nghị quyết 18')}`);
    await page.waitForFunction(resultsShownFor, 'nghị quyết 18');
    expect((await page.locator('[data-search-results] a').allTextContents()).join(' ')).not.toMatch(/số 18\b/);
    await context.close();
  });

  it('marks whole words only on arrival, and never a lone very common word', async () => {
    const page = await env.browser.newPage();
    const marksFor = async (path: string, words: string) => {
      await page.goto(`${fileBase}${path}?hl=${encodeURIComponent(words)}`);
      return page.$$eval('main mark.search-hit', (marks) => marks.map((m) => m.textContent ?? ''));
    };
    // a-i-3.html holds "như" and "nhưng"; b-i-6.html "sơ", "Sơn" and "soạn".
    for (const [path, words, longer] of [['a-i-3.html', 'như', 'nhưng'], ['b-i-6.html', 'sơ', 'sơn'], ['b-i-6.html', 'so', 'soạn']] as const) {
      expect(readDist(path).toLowerCase(), `${path} holds "${longer}"`).toContain(longer);
      const marks = await marksFor(path, words);
      expect(marks.length, `${words} on ${path}`).toBeGreaterThan(0);
      // Every mark is a whole word that folds to what was typed: never "nhưng", "Sơn" or "soạn", nor their first letters.
      expect(marks.map(foldVietnamese), `${words} on ${path}`).toEqual(marks.map(() => foldVietnamese(words)));
    }
    const cua = await marksFor('a-ii-2.html', 'một cửa');
    expect(cua.map((m) => m.toLowerCase())).toContain('cửa');
    expect(cua.map((m) => m.toLowerCase())).not.toContain('của');
    // A tone on either vowel of a final oa, oe, uy is one spelling: typed "hoá", the page's "hóa"
    // is marked; typed "hòa", its "hoà".
    expect(readDist('b-i-2.html')).toContain('văn hóa');
    expect(await marksFor('b-i-2.html', 'hoá')).toContain('hóa');
    expect(readDist('a-i-1.html')).toContain('cộng hoà');
    expect(await marksFor('a-i-1.html', 'hòa')).toContain('hoà');
    // Words that stand together across an element ("144-<abbr>QĐ/TW</abbr>") are marked.
    expect(readDist('a-ii-4.html')).toContain('144-<abbr');
    expect(await marksFor('a-ii-4.html', '144-QĐ/TW')).toEqual(expect.arrayContaining(['144', 'QĐ', 'TW']));
    // ... also where they stand together elsewhere on the page as plain text: B.I.6 says "<abbr>UBND</abbr> huyện"
    // in the paragraph a search for "UBND huyện" opens, and "UBND huyện" further down.
    expect(readDist('b-i-6.html')).toMatch(/<li id="b-i-6-p4">[^\n]*<abbr[^>]*>UBND<\/abbr><\/a> huyện/);
    expect(readDist('b-i-6.html')).toMatch(/UBND huyện cung cấp/);
    await page.goto(`${fileBase}b-i-6.html?hl=${encodeURIComponent('UBND huyện')}#b-i-6-p4`);
    expect(await page.locator('#b-i-6-p4 mark.search-hit').allTextContents()).toEqual(['UBND', 'huyện']);
    // Text the search did not index (the printed masthead: "ĐẢNG ỦY …", the page's tools) is not marked.
    expect(await marksFor('b-i-6.html', 'đảng ủy trình chiếu')).not.toEqual([]);
    expect(await page.locator('[data-pagefind-ignore] mark.search-hit').count()).toBe(0);
    // A typed word that stands beside another typed one on the page is marked only there: not the "bộ" of "bộ máy".
    expect(readDist('a-ii-4.html')).toMatch(/bộ máy/i);
    const together = await marksFor('a-ii-4.html', 'Bác Hồ về cán bộ');
    expect(together.filter((m) => m.toLowerCase() === 'bộ').length).toBe(together.filter((m) => m.toLowerCase() === 'cán').length);
    await page.close();
  });

  it('leaves the words that only ask out of what a result\'s page marks: no lone "làm" for "… phải làm gì …"', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${fileBase}tim-kiem.html?q=${encodeURIComponent('cán bộ phải làm gì để phục vụ nhân dân')}`);
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    const hrefs = await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const words = hrefs.map((href) => new URLSearchParams(href.replace(/^[^?]*/, '').replace(/#.*$/, '')).get('hl') ?? '');
    expect(words[0]).toContain('phục vụ nhân dân');
    expect(words.filter((hl) => /(^| )(làm|gì)( |$)/.test(hl))).toEqual([]);
    // A.I.2 says "làm" on its own; it is not marked there.
    const toA12 = hrefs.find((href) => href.startsWith('a-i-2.html'));
    expect(toA12).toBeDefined();
    expect(readDist('a-i-2.html')).toMatch(/ làm /);
    await page.goto(`${fileBase}${toA12}`);
    const marks = await page.$$eval('main mark.search-hit', (found) => found.map((m) => (m.textContent ?? '').toLowerCase()));
    expect(marks).toContain('phục');
    expect(marks).not.toContain('làm');
    await page.close();
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
      // Drawn as the page's own button (red, white words), not as the header's (transparent, white words: unseen).
      expect(await more.evaluate((button) => getComputedStyle(button).backgroundColor), base).toBe('rgb(163, 34, 27)');
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

  it('finds the list as long as it was on Back from a result opened after “Xem thêm kết quả”, the focus on that result, on both paths', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${base}tim-kiem.html?q=dang`);
      await page.waitForSelector('[data-search-results][data-search-state="done"] a');
      await page.click('[data-search-more]');
      await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length > count, RESULTS_PAGE);
      const before = await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href')));
      // The address has taken the longer list once it is painted.
      await page.waitForFunction(() => (history.state as { asked?: number } | null)?.asked === 20);
      const opened = page.locator('[data-search-results] > li > a').nth(RESULTS_PAGE + 1);
      const href = (await opened.getAttribute('href'))!;
      await opened.scrollIntoViewIfNeeded();
      await opened.click();
      await page.waitForLoadState('load');
      await page.goBack();
      await page.waitForFunction((count) => document.querySelectorAll('[data-search-results] > li').length >= count, before.length);
      expect(await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href'))), base).toEqual(before);
      // And where it was: the result opened is on the screen again.
      await expect.poll(async () => (await page.locator(`[data-search-results] a[href="${href}"]`).boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((await page.locator(`[data-search-results] a[href="${href}"]`).boundingBox())!.y).toBeLessThan(844);
      // The focus is on it too: a keyboard or a screen reader reads on from the result opened.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href')), { message: base }).toBe(href);
      // A new search asks for one page again, and says so in the history.
      await searchFor(page, 'chu ky so');
      await page.waitForFunction(() => history.state === null);
      await page.close();
    }
  });

  it('says so when the index does not arrive (the connection dropped), and finds the results when asked again', async () => {
    const page = await env.browser.newPage();
    const cut = /search-index\.js$/;
    await page.route(cut, (route) => route.abort());
    await page.goto(`${env.site.url}tim-kiem.html`);
    await page.fill('#search-q', 'chu ky so');
    await page.press('#search-q', 'Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'error');
    expect(await page.textContent('[data-search-status]')).toContain('Chưa tìm được');
    await page.unroute(cut);
    expect(pageOf((await searchFor(page, 'chu ky so'))[0])).toBe('b-i-6.html');
    await page.close();
  });

  it('shows the address\'s words in the box before the page script has come (weak link); keeps what a teacher typed meanwhile, and searches it', async () => {
    for (const address of ['tim-kiem.html', `tim-kiem.html?q=${encodeURIComponent('một cửa')}`]) {
      const page = await env.browser.newPage();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/assets\/search-page-[a-z]+\.[0-9a-f]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${env.site.url}${address}`, { waitUntil: 'commit' });
      // The words of the address are in the box while the page script is still held back.
      const fromAddress = new URL(address, 'http://x/').searchParams.get('q') ?? '';
      if (fromAddress) await page.waitForFunction((words) => document.querySelector<HTMLInputElement>('#search-q')?.value === words, fromAddress, { timeout: 5_000 });
      // (The page script has not run: the list is as built.)
      expect(await page.locator('[data-search-results]').getAttribute('data-search-state')).toBe('idle');
      await page.fill('#search-q', 'chu ky so');
      release();
      await page.waitForFunction(resultsShownFor, 'chu ky so', { timeout: 10_000 });
      expect(await page.inputValue('#search-q'), address).toBe('chu ky so');
      expect(pageOf((await page.$$eval('[data-search-results] a', (links) => links.map((a) => a.getAttribute('href')!)))[0]), address).toBe('b-i-6.html');
      await page.close();
    }
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
    // Changed once a search's results are on screen, not at every keystroke.
    await page.waitForURL((url) => url.searchParams.get('q') === 'smas', { timeout: 5_000 });
    // An emptied box leaves the plain address of the page.
    await page.fill('#search-q', '');
    await page.waitForURL((url) => !url.searchParams.has('q') && url.pathname.endsWith('/tim-kiem.html'), { timeout: 5_000 });
    // So does a blank ?q= opened (a link cut short, an empty form sent).
    await page.goto(`${env.site.url}tim-kiem.html?q=`);
    await page.waitForURL((url) => !url.searchParams.has('q') && url.pathname.endsWith('/tim-kiem.html'), { timeout: 5_000 });
    expect(await page.locator('[data-search-results]').getAttribute('data-search-state')).toBe('done');
    await page.close();
  });

  it('goes to the paragraph and marks the words there, with the excerpt marked too', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html?q=${encodeURIComponent('dung nhan nhu dung moc')}`);
      const first = page.locator('[data-search-results] a').first();
      const href = (await first.getAttribute('href'))!;
      expect(href).toMatch(/^a-i-3\.html\?hl=[^#]+#a-i-3-p\d+$/);
      // Where the section stands, above its title, as its page says it: "3. …" is in A.I and in A.II.
      expect(await page.locator('[data-search-results] li').first().locator('.result__place').textContent()).toBe('Mục A.I.3');
      // Read as words apart, not "A.I.33.": the link's name has a space between its lines.
      expect(await first.textContent()).toMatch(/^Mục A\.I\.3 3\. /);
      const excerptMarks = await page.locator('[data-search-results] li').first().locator('mark').allTextContents();
      expect(excerptMarks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['dụng', 'nhân', 'như', 'mộc']));
      await first.click();
      await page.waitForLoadState('load');
      expect(pageOf(page.url().slice(base.length))).toBe('a-i-3.html');
      const marks = await page.locator('main article mark.search-hit').allTextContents();
      expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['dụng', 'nhân', 'như', 'mộc']));
      await page.close();
    }
  });

  it('shows what has most of the words when nothing has them all, and says it matches only in part, on both paths', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html`);
      const status = page.locator('[data-search-status]');
      const list = page.locator('[data-search-results]');
      // The outline never says "kính yêu", nor "thầy" ("Bác" and "Bác Hồ" are searched as "Hồ Chí
      // Minh": synonyms.ts). "tinh giảm" is a slip for "tinh giản".
      for (const [query, passage] of [
        ['Chủ tịch Hồ Chí Minh kính yêu', 'Hồ Chí Minh'],
        ['tinh giảm biên chế', 'tinh giản biên chế'],
        ['thủ tục hành chánh', 'thủ tục hành chính'],
        // Words are left out round after round until there are pages enough.
        ['thầy hiệu trưởng nói về cán bộ', 'cán bộ'],
      ]) {
        const links = await searchFor(page, query);
        expect(links.length, query).toBeGreaterThanOrEqual(3);
        expect(await status.textContent(), query).toContain('Không có kết quả nào có đủ mọi từ');
        expect(await status.textContent(), query).toContain('chỉ trùng một phần');
        expect(await list.getAttribute('data-search-partial'), query).not.toBeNull();
        expect(links.slice(0, 3).some((href) => paragraphOf(target(href)).includes(passage)), `${query}: ${links.slice(0, 3).join(' ')}`).toBe(true);
      }
      // A query that matches as typed is not called partial.
      await searchFor(page, 'tinh giản biên chế');
      expect(await list.getAttribute('data-search-partial')).toBeNull();
      expect(await status.textContent()).toContain('Tìm thấy');
      await page.close();
    }
  });

  it('after the few results that have every word of a phrase, shows those with some of its words, under a line that says so, on both paths', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html`);
      const query = 'cải cách hành chính trong trường học';
      const links = await searchFor(page, query);
      const status = (await page.textContent('[data-search-status]')) ?? '';
      const whole = Number(status.match(/^Tìm thấy (\d+) kết quả có đủ mọi từ của/)?.[1]);
      expect(whole, status).toBeGreaterThan(0);
      expect(whole).toBeLessThan(3);
      expect(status).toContain('Các kết quả sau đó chỉ trùng một phần');
      expect(links.length).toBeGreaterThanOrEqual(3);
      const items = await page.$$eval('[data-search-results] li', (lis) => lis.map((li) => ({ part: li.classList.contains('result--part'), note: (li as HTMLElement).dataset.partNote ?? '', text: li.querySelector('.result__excerpt')?.textContent ?? '' })));
      expect(items.map((item) => item.part)).toEqual(items.map((_, i) => i >= whole));
      expect(items.map((item) => item.note)).toEqual(items.map((_, i) => (i === whole ? 'Các kết quả dưới đây chỉ trùng một phần với từ cần tìm.' : '')));
      // What comes after has the words that matter: the outline's passages on cải cách hành chính.
      expect(items.slice(whole).filter((item) => item.text.toLowerCase().includes('cải cách hành chính')).length).toBeGreaterThan(0);
      // A document named by its number and found only in part comes first among those in part, not above the whole ones.
      await searchFor(page, 'nghị quyết 27 nhà nước pháp quyền trường học');
      const kinds = await page.$$eval('[data-search-results] li', (lis) => lis.map((li) => (li.classList.contains('result--part') ? 'part' : 'whole')));
      expect(kinds.slice(0, 2)).toEqual(['whole', 'part']);
      expect(kinds.indexOf('whole', kinds.indexOf('part'))).toBe(-1);
      expect(await page.getAttribute('[data-search-results] li.result--part a', 'href')).toMatch(/^van-ban\/nq-27-/);
      // A phrase many pages hold whole is left as it is.
      await searchFor(page, 'cải cách hành chính');
      expect(await page.locator('[data-search-results] .result--part').count()).toBe(0);
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

  it('searches nothing for stray tone marks alone, on both paths; repeats the query isolated and cut short', async () => {
    for (const base of [env.site.url, fileBase]) {
      const page = await env.browser.newPage();
      await page.goto(`${base}tim-kiem.html`);
      await searchFor(page, '\u0301\u0303 \u0300');
      expect(await page.textContent('[data-search-status]'), base).toContain('chỉ có dấu câu');
      expect(await page.locator('[data-search-results] li').count()).toBe(0);
      // A right-to-left override pasted into the box stays inside its own <bdi>.
      await searchFor(page, '\u202Exyzzy');
      expect(await page.$eval('[data-search-status] bdi', (el) => el.textContent)).toBe('\u202Exyzzy');
      await page.close();
    }
    const page = await env.browser.newPage();
    await page.goto(`${fileBase}tim-kiem.html?q=${'x'.repeat(100_000)}`);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState === 'done');
    expect((await page.textContent('[data-search-status]'))!.length).toBeLessThan(400);
    await page.close();
  });

  it('opens a page whose address has a malformed #fragment without a script error', async () => {
    const page = await env.browser.newPage();
    const problems = recordProblems(page, fileBase);
    await page.goto(`${fileBase}a-i-1.html?hl=dang#%E0%A4%A`);
    expect(await page.locator('main mark.search-hit').count()).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it('opened to search (the header\'s "Tìm" on a phone), the page puts the cursor in its box; opened with a search, it leaves the focus alone', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${env.site.url}a-ii-2.html`);
    await Promise.all([page.waitForEvent('load'), page.click('.site-links__search')]);
    await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.goto(`${env.site.url}tim-kiem.html?q=${encodeURIComponent('một cửa')}`);
    await page.waitForFunction(resultsShownFor, 'một cửa');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await context.close();
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
