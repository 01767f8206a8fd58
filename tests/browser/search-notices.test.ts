/**
 * The search page's status line in Chromium, over http and from file://: a query that names a
 * document the outline does not cite says so before any result, and a quoted phrase is quoted
 * once. Kept apart from search.test.ts: it checks words, not ranking.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { DIST } from '../support/site';

const enabled = browserTestsEnabled();

/** The status line once the search for `query` is done. */
async function statusFor(page: Page, base: string, query: string): Promise<string> {
  await page.goto(`${base}tim-kiem.html?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset.searchQuery === q && ['done', 'error'].includes(list.dataset.searchState ?? '');
    },
    query,
  );
  return (await page.textContent('[data-search-status]')) ?? '';
}

describe.skipIf(!enabled)('search status words', () => {
  const env = useBrowserAndSite();
  for (const mode of ['http', 'file'] as const) {
    it(`over ${mode}: a document the outline does not cite is said so first; quotes are not doubled`, async () => {
      const page = await env.browser.newPage();
      const base = mode === 'http' ? env.site.url : pathToFileURL(DIST).href + '/';
      const uncited = await statusFor(page, base, 'Nghị quyết 18');
      expect(uncited.startsWith('Đề cương không viện dẫn Nghị quyết số 18.')).toBe(true);
      expect(uncited).not.toContain('Tìm thấy');
      // Not a dead end: a link to the documents the outline cites, which opens.
      const cited = page.locator('[data-search-status] a');
      expect(await cited.textContent()).toBe('Xem danh sách văn bản mà đề cương viện dẫn.');
      await cited.click();
      await page.waitForLoadState('load');
      expect(page.url()).toMatch(/\/van-ban\/index\.html$/);
      // Not cited by the outline, but named on the areas pages: those match whole, and are said so.
      const named = await statusFor(page, base, 'nghị quyết 76');
      expect(named).toMatch(/^Đề cương không viện dẫn Nghị quyết số 76\. Tìm thấy \d+ kết quả cho “nghị quyết 76”\./);
      expect(named).not.toContain('chỉ trùng một phần');
      expect(await statusFor(page, base, 'nghi dinh 135')).toContain('chỉ được nêu trong ghi chú biên tập ở mục B.I.4');
      // Its number glued to the kind, as a phone's keyboard makes it easy: the same notice.
      expect(await statusFor(page, base, 'NQ18')).toMatch(/^Đề cương không viện dẫn Nghị quyết số 18\./);
      expect(await statusFor(page, base, 'nghị định 90')).toMatch(/^Tìm thấy \d+ kết quả cho “nghị định 90”\./);
      // Only other words spelled alike ("chủ", "kỷ", "sổ") and scattered: left out (rank.ts, rule 7); the count is of what was meant.
      expect(await statusFor(page, base, 'chữ ký số')).toMatch(/^Tìm thấy \d+ kết quả/);
      const excerpts = await page.$$eval('[data-search-results] .result__excerpt', (items) => items.map((p) => p.textContent?.toLowerCase() ?? ''));
      expect(excerpts.length).toBeGreaterThan(0);
      expect(excerpts.filter((text) => !text.includes('chữ ký số'))).toEqual([]);
      // Typed with marks, words no page has as typed: what is found has them only spelled otherwise ("đây", "tổ"), and the status says so.
      // (Few pages say it: those with some of its words come after, said so too.)
      expect(await statusFor(page, base, 'đày tớ của nhân dân')).toMatch(/^Tìm thấy \d+ kết quả có đủ mọi từ của “đày tớ của nhân dân”, nhưng viết gần giống: không trang nào có từ “đày” hay “tớ” viết đúng dấu như đã gõ\. Các kết quả sau đó chỉ trùng một phần với từ cần tìm\.$/);
      expect(await statusFor(page, base, 'chuyễn đổi số')).toContain('Không trang nào có từ “chuyễn” viết đúng dấu');
      expect(await statusFor(page, base, 'chuyển đổi số')).not.toContain('viết đúng dấu');
      const phrase = await statusFor(page, base, '"đạo đức công vụ"');
      expect(phrase).toContain('“đạo đức công vụ”');
      expect(phrase).not.toContain('"');
      await page.close();
    }, 60_000);
    it(`over ${mode}: a question typed as a sentence finds its runs of words, and the words no page holds are named`, async () => {
      const page = await env.browser.newPage();
      const base = mode === 'http' ? env.site.url : pathToFileURL(DIST).href + '/';
      const firstResult = () => page.$eval('[data-search-results] a', (a) => a.getAttribute('href') ?? '');
      // No paragraph holds every word ("thầy" nowhere as typed, and no paragraph with its other spellings holds the rest); A.I.2 holds "cán bộ … phải … phục vụ nhân dân".
      const question = await statusFor(page, base, 'thầy dạy cán bộ phải làm gì để phục vụ nhân dân');
      expect(question).toBe('Không có kết quả nào có đủ mọi từ của “thầy dạy cán bộ phải làm gì để phục vụ nhân dân”. Các kết quả dưới đây chỉ trùng một phần với từ cần tìm.');
      const firstThree = await page.$$eval('[data-search-results] a', (links) => links.slice(0, 3).map((a) => (a.getAttribute('href') ?? '').replace(/\?hl=[^#]*/, '')));
      expect(firstThree).toContain('a-i-2.html#a-i-2-p2');
      // "xyzzy" stands nowhere: left out at once, and named.
      const unknown = await statusFor(page, base, 'xyzzy chữ ký số');
      expect(unknown).toBe('Không có kết quả nào có đủ mọi từ của “xyzzy chữ ký số”. Không trang nào có từ “xyzzy”. Các kết quả dưới đây chỉ trùng một phần với từ cần tìm.');
      expect(await firstResult()).toMatch(/^b-i-6\.html/);
      expect(await statusFor(page, base, 'xyzzy qwvz')).toBe('Không tìm thấy kết quả nào cho “xyzzy qwvz”. Thử bớt từ hoặc kiểm tra chính tả. Không trang nào có từ “xyzzy” hay “qwvz”.');
      // One word: the status alone says it.
      expect(await statusFor(page, base, 'xyzzy')).toBe('Không tìm thấy kết quả nào cho “xyzzy”. Thử bớt từ hoặc kiểm tra chính tả.');
      // A question typed without marks is read "là gì", but nothing was typed with marks: no such advice.
      expect(await statusFor(page, base, 'xyzzy la gi')).toMatch(/^Không tìm thấy kết quả nào cho “xyzzy la gi”\. Thử bớt từ hoặc kiểm tra chính tả\./);
      // Typed with marks: typing without them is advice too.
      expect(await statusFor(page, base, 'xyzzỳ')).toBe('Không tìm thấy kết quả nào cho “xyzzỳ”. Thử bớt từ, kiểm tra chính tả, hoặc gõ không dấu.');
      await page.close();
    }, 60_000);
  }

  it('while its script is still on the way (a slow link) the page says search is starting, not that JavaScript is off; with JavaScript off it says so', async () => {
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/assets\/search-page-[a-z]+\.[0-9a-f]+\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(`${env.site.url}tim-kiem.html?q=mot%20cua`, { waitUntil: 'commit' });
    await page.waitForSelector('[data-search-status]');
    const status = page.locator('[data-search-status]');
    expect(await status.innerText()).toContain('Đang mở chức năng tìm kiếm');
    expect(await status.innerText()).not.toContain('JavaScript');
    release();
    await page.waitForSelector('[data-search-results] a');
    await context.close();
    const off = await env.browser.newContext({ javaScriptEnabled: false });
    const offPage = await off.newPage();
    await offPage.goto(`${env.site.url}tim-kiem.html?q=mot%20cua`);
    const offText = await offPage.locator('[data-search-status]').innerText();
    expect(offText).toContain('JavaScript');
    expect(offText).not.toContain('Đang mở');
    await off.close();
  });
});
