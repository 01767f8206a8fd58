/**
 * The offline search engine: runs in the page from file:// (where Pagefind cannot load)
 * over the index that the build writes as a classic script (search-index-format.ts). Same
 * query reading and the same ranking as the http path (search-query.ts, search-rank.ts).
 */
import { OfflineIndex, type PackedSearchIndex } from './search-index-format';
import type { SearchQuery } from './search-query';
import { excerptAround, QueryMatcher } from './search-rank';

/** One part of a page: the text under one heading (id "" for the text before the first heading). */
export interface SearchSegment {
  id: string;
  heading: string;
  text: string;
}

/** One indexed page, by its site path. */
export interface SearchPage {
  url: string;
  title: string;
  segments: SearchSegment[];
}

/** What both search paths return for one page. */
export interface SearchResult {
  /** Site path with the heading's fragment: "a-i-3.html#h-a-i-3". */
  url: string;
  pageTitle: string;
  heading: string;
  excerpt: string;
  score: number;
}

/**
 * How many results a search shows at first, and how many more each "Xem thêm kết quả" adds:
 * a page of results, the same on both paths. Over http each result costs Pagefind a request
 * for the page's text, so the first page is kept short (see search-page.ts).
 */
export const RESULTS_PAGE = 10;

/** A search's results, up to the number asked for; `more` when it found more pages than that. */
export interface SearchOutcome {
  results: SearchResult[];
  more: boolean;
}

/** The text Pagefind calls a page's content: every heading and paragraph, in order. */
export function pageContent(page: SearchPage): string {
  return page.segments.map((s) => `${s.heading} ${s.text}`.trim()).join(' ');
}

export interface SearchEngine {
  search(query: SearchQuery, limit?: number): SearchOutcome;
}

export function createSearchEngine(packed: PackedSearchIndex): SearchEngine {
  const index = new OfflineIndex(packed);
  return {
    search(query, limit = RESULTS_PAGE) {
      const matcher = new QueryMatcher(query, index.vocabulary);
      if (!matcher.canMatch) return { results: [], more: false };
      const scored: Array<{ page: number; score: number; url: string }> = [];
      for (let page = 0; page < index.pageCount; page += 1) {
        const { words, titleLength } = index.pageWords(page);
        const score = matcher.score(words, titleLength);
        if (score > 0) scored.push({ page, score, url: index.url(page) });
      }
      // Only the results shown need their text, for the best heading and the excerpt.
      const results = sortResults(scored)
        .slice(0, limit)
        .map(({ page, score }) => bestPart(index.page(page), matcher, score));
      return { results, more: scored.length > limit };
    },
  };
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
 * One list from the results of a query and of its other spellings (see search-synonyms.ts):
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
