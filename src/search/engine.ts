/**
 * The offline search engine: runs in the page from file:// (where Pagefind cannot load)
 * over the index that the build writes as a classic script (index-format.ts). Same
 * query reading and the same ranking as the http path (query.ts, rank.ts).
 */
import { OfflineIndex, type PackedSearchIndex } from './index-format';
import type { SearchQuery } from './query';
import { QueryMatcher } from './rank';
import { bestPart, sortResults } from './results';
import { RESULTS_PAGE, type SearchEngine } from './types';

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
