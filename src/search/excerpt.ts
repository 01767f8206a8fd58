/** The excerpt under a search result: the part of a text that holds the most of the query. */
import type { SearchQuery } from './query';
import { wordsOf } from './words';

/** A short excerpt of `text`: the window of about `size` words that holds the most of the query. */
export function excerptAround(text: string, query: SearchQuery, size = 28): string {
  const words = wordsOf(text);
  if (words.length === 0) return '';
  const hits = words.map((w) => query.terms.findIndex((t) => w.folded.startsWith(t.folded)));
  let from = 0;
  let best = -1;
  for (let start = 0; start < Math.max(1, words.length - size + 1); start += 1) {
    const window = hits.slice(start, start + size).filter((h) => h !== -1);
    const value = new Set(window).size * 100 + window.length;
    if (value > best) {
      best = value;
      from = start;
    }
  }
  // Start a little before the first hit of the window, so it reads in context.
  const firstHit = hits.findIndex((h, i) => i >= from && h !== -1);
  from = Math.max(0, Math.min(from, firstHit === -1 ? from : firstHit - 4));
  const to = Math.min(words.length, from + size);
  const start = from === 0 ? 0 : words[from].start;
  const end = to === words.length ? text.length : words[to - 1].end;
  return `${from > 0 ? '… ' : ''}${text.slice(start, end).trim()}${to < words.length ? ' …' : ''}`;
}
