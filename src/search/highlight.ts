/** Where a query's words stand in a text, for marking them (search results, the page a result opens). */
import type { SearchQuery } from './query';
import { wordsOf } from './words';

/** Ranges [start, end) of the words that match the query, for marking them in a text. */
export function matchRanges(text: string, query: SearchQuery): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const word of wordsOf(text)) {
    const term = query.terms.find((t) => word.folded.startsWith(t.folded));
    if (term) ranges.push([word.start, Math.min(word.end, word.start + term.folded.length)]);
  }
  return ranges;
}
