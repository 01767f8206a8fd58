import type { Page } from 'playwright-core';

/** The page a result link points to, without the words (?hl=) and the heading (#…). */
export const pageOf = (href: string) => href.replace(/[?#].*$/, '');

/**
 * In the page: whether the search page shows the results for `query`. Self-contained, so that
 * both Playwright and Puppeteer can send it to the browser (waitForFunction).
 */
export function resultsShownFor(query: string): boolean {
  const list = document.querySelector<HTMLElement>('[data-search-results]');
  return list?.dataset.searchState === 'done' && list.dataset.searchQuery === query;
}

/** How a teacher query missed its page in the first three results, or undefined when it did not. */
export function missOf(query: string, links: string[], expected: string): string | undefined {
  const firstThree = links.slice(0, 3).map(pageOf);
  return firstThree.includes(expected) ? undefined : `${query} → ${firstThree.join(', ') || '(nothing)'}; expected ${expected}`;
}

/**
 * On the search page: types the query in its box, presses Enter and waits until the page
 * says the results for this query are shown (data-search-state="done"). Shared by the
 * browser tests and the bench.
 */
export async function submitSearch(page: Page, query: string, timeout = 30_000): Promise<void> {
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(resultsShownFor, query, { timeout });
}

/**
 * In the page: asks the search page each query in turn, as pressing Enter in its box does,
 * and returns each one's result links. Self-contained, so that both Playwright and Puppeteer
 * can send it to the browser; one call for many queries spares a round trip to the browser
 * for each (slow with Firefox over WebDriver BiDi).
 */
export async function resultLinksInPage(queries: string[]): Promise<string[][]> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const list = document.querySelector<HTMLElement>('[data-search-results]')!;
  const links: string[][] = [];
  for (const query of queries) {
    input.value = query;
    form.requestSubmit();
    await new Promise<void>((resolve) => {
      const check = () => (list.dataset.searchState === 'done' && list.dataset.searchQuery === query ? resolve() : setTimeout(check, 5));
      check();
    });
    links.push([...list.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
  }
  return links;
}
