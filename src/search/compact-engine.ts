/**
 * The compact engine: searches every record of the compact index (compact-index.ts) in the
 * page, over http and from file:// alike, with the shared ranking (rank.ts, results.ts).
 */
import { COMMON_WORDS } from './common-words';
import { CompactIndex, type PackedSearchIndex } from './compact-index';
import type { SearchQuery } from './query';
import { RecordScorer } from './rank';
import { rankPages, toResult, type ScoredRecord } from './results';
import { RESULTS_PAGE, type SearchEngine } from './types';

export function createCompactEngine(packed: PackedSearchIndex): SearchEngine {
  const index = new CompactIndex(packed);
  return {
    search(query: SearchQuery, limit = RESULTS_PAGE) {
      const scorer = new RecordScorer(query, index.vocabulary, COMMON_WORDS);
      if (!scorer.canMatch) return { results: [], more: false };
      const scored: ScoredRecord[] = [];
      for (let record = 0; record < index.recordCount; record += 1) {
        const words = index.recordWords(record);
        const score = scorer.score(words);
        if (score > 0) scored.push({ record, score, url: index.url(index.pageOf(record)), ...(scorer.onlyVeryCommon(words) ? { common: true } : {}) });
      }
      const pages = rankPages(scored);
      // Only the results shown need their text.
      const results = pages.slice(0, limit).map(({ record, url, score }) => toResult(url, index.title(index.pageOf(record)), index.record(record), query, score));
      const notAsTyped = pages.length ? scorer.notAsTyped() : [];
      return { results, more: pages.length > limit, ...(pages.length ? { best: pages[0].score } : {}), ...(notAsTyped.length ? { notAsTyped } : {}) };
    },
  };
}
