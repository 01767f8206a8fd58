/** Turning scored pages into the results a search shows, alike on both paths. */
import { excerptAround } from './excerpt';
import type { QueryMatcher } from './rank';
import { RESULTS_PAGE, type SearchPage, type SearchResult } from './types';

/** The text Pagefind calls a page's content: every heading and paragraph, in order. */
export function pageContent(page: SearchPage): string {
  return page.segments.map((s) => `${s.heading} ${s.text}`.trim()).join(' ');
}

/** The page a result is on (its URL without the heading). */
const pageOf = (result: SearchResult) => result.url.replace(/#.*$/, '');

/** Best first; equal scores by URL, so that both search paths order ties alike. */
export function sortResults<T extends { score: number; url: string }>(results: T[]): T[] {
  return [...results].sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The result for a matching page: it points to the heading whose part covers the query best. */
export function bestPart(page: SearchPage, matcher: QueryMatcher, score: number): SearchResult {
  let best = page.segments[0];
  let bestCoverage = { terms: -1, hits: -1 };
  for (const segment of page.segments) {
    const c = matcher.coverage(matcher.vocabulary.idsOf(`${segment.heading} ${segment.text}`));
    if (c.terms > bestCoverage.terms || (c.terms === bestCoverage.terms && c.hits > bestCoverage.hits)) {
      best = segment;
      bestCoverage = c;
    }
  }
  const text = best?.text || best?.heading || '';
  return {
    url: best?.id ? `${page.url}#${best.id}` : page.url,
    pageTitle: page.title,
    heading: best?.heading ?? '',
    excerpt: excerptAround(text, matcher.query),
    score,
  };
}

/**
 * One list from the results of a query and of its other spellings (see synonyms.ts):
 * the query's own results first, as ranked; then, up to `extra` more, the pages only the other
 * spellings found, best first. So "CCHC" keeps its own passages on top and still shows the ones
 * that say "cải cách hành chính".
 */
export function mergeResultLists(own: SearchResult[], others: SearchResult[][], extra = RESULTS_PAGE): SearchResult[] {
  const seen = new Set(own.map(pageOf));
  const best = new Map<string, SearchResult>();
  for (const result of others.flat()) {
    const page = pageOf(result);
    if (seen.has(page)) continue;
    const known = best.get(page);
    if (!known || result.score > known.score) best.set(page, result);
  }
  return [...own, ...sortResults([...best.values()]).slice(0, extra)];
}

/**
 * The list after "Xem thêm kết quả": the results already shown stay where they are, and the
 * pages the longer search adds come after them, best first. (Over http the longer search ranks
 * more of Pagefind's pages, so a page may now outrank one already shown; moving it up would
 * put it where the reader has already been.)
 */
export function appendNewResults(shown: SearchResult[], fresh: SearchResult[]): SearchResult[] {
  const seen = new Set(shown.map(pageOf));
  return [...shown, ...fresh.filter((result) => !seen.has(pageOf(result)))];
}
