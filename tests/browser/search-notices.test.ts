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
      expect(await statusFor(page, base, 'nghi dinh 135')).toContain('chỉ được nêu trong ghi chú biên tập ở mục B.I.4');
      expect(await statusFor(page, base, 'nghị định 90')).toMatch(/^Tìm thấy \d+ kết quả cho “nghị định 90”\./);
      const phrase = await statusFor(page, base, '"đạo đức công vụ"');
      expect(phrase).toContain('“đạo đức công vụ”');
      expect(phrase).not.toContain('"');
      await page.close();
    }, 60_000);
  }
});
