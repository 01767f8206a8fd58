/**
 * Matching and ranking, shared by both search paths so that a query ranks pages the same
 * way over http (Pagefind finds the candidates) and from file:// (the offline engine does).
 *
 * A page matches when every term of the query starts a word of the page (folded: no tone
 * marks, đ = d) and every quoted phrase stands in it. Its score grows with how often the
 * terms occur, with words of the title weighing more, and with exact spellings: when the
 * teacher typed tone marks, a word spelled exactly so counts double.
 */
import { foldVietnamese } from './fold-vietnamese';
import type { SearchQuery } from './search-query';

export interface RankableText {
  title: string;
  content: string;
}

export const TITLE_WEIGHT = 5;
/** A word that only begins with the term (prefix) counts this much of a whole-word match. */
export const PREFIX_WEIGHT = 0.4;
/** A folded-only match, when the teacher typed marks, counts this much of an exact match. */
export const FOLDED_ONLY_WEIGHT = 0.5;
const SATURATION = 2;

export interface Word {
  exact: string;
  folded: string;
  start: number;
  end: number;
}

/** The words of a text with their positions (folding keeps positions: NFC text folds one char to one char). */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  const folded = foldVietnamese(text);
  const lower = text.toLowerCase();
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = match.index!;
    const end = start + match[0].length;
    words.push({ exact: lower.slice(start, end), folded: folded.slice(start, end), start, end });
  }
  return words;
}

/**
 * The words of a text as ranking reads them: folded and exact (lower-cased) spellings, in
 * two parallel lists of strings (cheaper than one object a word on a large offline index).
 */
export interface RankWords {
  folded: string[];
  exact: string[];
}

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

export function rankWords(text: string): RankWords {
  const folded = foldVietnamese(text).match(WORD_RE) ?? [];
  const exact = text.toLowerCase().match(WORD_RE) ?? [];
  // A stray combining mark could split words differently; then exact spellings are not compared.
  return { folded, exact: exact.length === folded.length ? exact : folded };
}

/** How well one word matches one term: 0 (not at all) up to 1 (the exact spelling typed). */
function termMatch(folded: string, exact: string, term: SearchQuery['terms'][number]): number {
  if (!folded.startsWith(term.folded)) return 0;
  const whole = folded.length === term.folded.length ? 1 : PREFIX_WEIGHT;
  if (!term.marked) return whole;
  return exact.startsWith(term.exact) ? whole : whole * FOLDED_ONLY_WEIGHT;
}

/** Per-term weighted frequency in a text. */
function termFrequencies(words: RankWords, query: SearchQuery): number[] {
  return query.terms.map((term) => {
    let sum = 0;
    for (let i = 0; i < words.folded.length; i += 1) sum += termMatch(words.folded[i], words.exact[i], term);
    return sum;
  });
}

/** How many of the query's terms occur in the words, and how often in all (to pick the best part of a page). */
export function coverage(words: RankWords, query: SearchQuery): { terms: number; hits: number } {
  const tf = termFrequencies(words, query);
  return { terms: tf.filter((n) => n > 0).length, hits: tf.reduce((a, b) => a + b, 0) };
}

/** Score of a page (or a part of one) for the query; 0 when it does not match. */
export function scoreText(text: RankableText, query: SearchQuery): number {
  return scoreWords(rankWords(text.title), rankWords(text.content), query);
}

/** scoreText on words already split (the offline engine keeps them between searches). */
export function scoreWords(titleWords: RankWords, bodyWords: RankWords, query: SearchQuery): number {
  if (query.terms.length === 0) return 0;
  const all = [...titleWords.folded, ...bodyWords.folded];
  const body = termFrequencies(bodyWords, query);
  const title = termFrequencies(titleWords, query);
  if (body.some((tf, i) => tf + title[i] === 0)) return 0;
  if (!query.phrases.every((p) => countPhrase(all, p) > 0)) return 0;
  // Longer pages mention everything more often; dampen by length as BM25 does.
  const lengthNorm = 0.25 + 0.75 * Math.sqrt(Math.max(bodyWords.folded.length, 1) / 300);
  let score = 0;
  query.terms.forEach((_, i) => {
    const tf = body[i] + TITLE_WEIGHT * title[i];
    score += tf / (tf + SATURATION * lengthNorm);
  });
  // Words typed together and found together: "dao duc" ranks "đạo đức" above "dục … Đào".
  const together = query.terms.length > 1 ? countPhrase(all, query.terms.map((t) => t.folded).join(' ')) : 0;
  return score + query.phrases.length * 0.5 + (together > 0 ? 0.5 + Math.min(together, 5) * 0.1 : 0);
}

/** How often the folded words of `phrase` stand one after the other. */
function countPhrase(folded: string[], phrase: string): number {
  const text = ` ${folded.join(' ')} `;
  let count = 0;
  for (let at = text.indexOf(` ${phrase} `); at !== -1; at = text.indexOf(` ${phrase} `, at + 1)) count += 1;
  return count;
}

/** Ranges [start, end) of the words that match the query, for marking them in a text. */
export function matchRanges(text: string, query: SearchQuery): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const word of wordsOf(text)) {
    const term = query.terms.find((t) => word.folded.startsWith(t.folded));
    if (term) ranges.push([word.start, Math.min(word.end, word.start + term.folded.length)]);
  }
  return ranges;
}

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
