import type { Page } from 'playwright-core';

/**
 * On the search page: types the query in its box, presses Enter and waits until the page
 * says the results for this query are shown (data-search-state="done"). Shared by the
 * browser tests and the bench.
 */
export async function submitSearch(page: Page, query: string, timeout = 30_000): Promise<void> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(
    (q) => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      return list?.dataset.searchState === 'done' && list.dataset.searchQuery === q;
    },
    query,
    { timeout },
  );
}
