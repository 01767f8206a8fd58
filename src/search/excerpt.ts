/** The excerpt under a search result: the record's text, cut around the query's words when long. */
import { matchRanges } from './highlight';
import type { SearchQuery } from './query';
import { wordsOf } from './words';

/** `text` when short; else the window of about `size` words that holds the most marked words. */
export function excerptAround(text: string, query: SearchQuery, size = 40): string {
  const words = wordsOf(text);
  if (words.length <= size) return text;
  const marks = new Set(matchRanges(text, query).map(([start]) => start));
  const hits = words.map((w) => marks.has(w.start));
  // The first window of `size` words with the most hits, counted as the window slides.
  let count = 0;
  for (let i = 0; i < size; i += 1) if (hits[i]) count += 1;
  let from = 0;
  let best = count;
  for (let start = 1; start + size <= words.length; start += 1) {
    if (hits[start - 1]) count -= 1;
    if (hits[start + size - 1]) count += 1;
    if (count > best) {
      best = count;
      from = start;
    }
  }
  // Start a little before the first hit of the window, so it reads in context.
  const firstHit = hits.findIndex((hit, i) => i >= from && hit);
  from = Math.max(0, Math.min(from, firstHit === -1 ? from : firstHit - 4));
  const to = Math.min(words.length, from + size);
  const start = from === 0 ? 0 : words[from].start;
  const end = to === words.length ? text.length : words[to - 1].end;
  return `${from > 0 ? '… ' : ''}${text.slice(start, end).trim()}${to < words.length ? ' …' : ''}`;
}
