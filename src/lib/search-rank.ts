/**
 * Matching and ranking, shared by both search paths so that a query ranks pages the same
 * way over http (Pagefind finds the candidates) and from file:// (the offline engine does).
 *
 * A page matches when every term of the query starts a word of the page (folded: no tone
 * marks, đ = d) and every quoted phrase stands in it. Its score grows with how often the
 * terms occur, with words of the title weighing more, and with exact spellings: when the
 * teacher typed tone marks, a word spelled exactly so counts double.
 *
 * Both paths score through the same QueryMatcher.score, on the same words in the same order,
 * so a page gets the very same number on both (sums are added in the same order too).
 * Words are numbers into a RankVocabulary: a query is matched once against each distinct
 * word, not once against every word of every page.
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

/** Letters (any script, with their marks) and digits make words; everything else separates them. */
export const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

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
  for (const match of text.matchAll(WORD_RE)) {
    const start = match.index!;
    const end = start + match[0].length;
    words.push({ exact: lower.slice(start, end), folded: folded.slice(start, end), start, end });
  }
  return words;
}

/**
 * The distinct words that ranking compares, each with a number (its id): the exact spelling
 * (NFC, lower-case) and the folded one. A word made only of stray combining marks folds to
 * nothing and is left out of ranking (id -1).
 */
export class RankVocabulary {
  /** Exact spelling of each word, by id. */
  readonly exact: string[] = [];
  /** Folded spelling of each word, by id. */
  readonly folded: string[] = [];
  /** For each word, the number of its folded spelling (words that fold alike share it). */
  readonly foldedId: number[] = [];
  private readonly idByWord = new Map<string, number>();
  private readonly idByExact = new Map<string, number>();
  private readonly foldedIds = new Map<string, number>();

  get size(): number {
    return this.exact.length;
  }

  /** The id of a word as written in a text (any case), added on first sight; -1 when ranking ignores it. */
  idOf(word: string): number {
    let id = this.idByWord.get(word);
    if (id === undefined) {
      const exact = word.normalize('NFC').toLowerCase();
      id = this.idByExact.get(exact) ?? this.add(exact);
      this.idByWord.set(word, id);
    }
    return id;
  }

  /** The ids of the words of a text, in order (words ranking ignores left out). */
  idsOf(text: string): number[] {
    const ids: number[] = [];
    for (const word of text.match(WORD_RE) ?? []) {
      const id = this.idOf(word);
      if (id >= 0) ids.push(id);
    }
    return ids;
  }

  /** The number of a folded spelling, or -1 when no word of the vocabulary folds so. */
  foldedIdOf(folded: string): number {
    return this.foldedIds.get(folded) ?? -1;
  }

  private add(exact: string): number {
    const folded = foldVietnamese(exact);
    let id = -1;
    if (folded !== '') {
      let foldedId = this.foldedIds.get(folded);
      if (foldedId === undefined) {
        foldedId = this.foldedIds.size;
        this.foldedIds.set(folded, foldedId);
      }
      id = this.exact.push(exact) - 1;
      this.folded.push(folded);
      this.foldedId.push(foldedId);
    }
    this.idByExact.set(exact, id);
    return id;
  }
}

/** How well one word matches one term: 0 (not at all) up to 1 (the exact spelling typed). */
function termMatch(folded: string, exact: string, term: SearchQuery['terms'][number]): number {
  if (!folded.startsWith(term.folded)) return 0;
  const whole = folded.length === term.folded.length ? 1 : PREFIX_WEIGHT;
  if (!term.marked) return whole;
  return exact.startsWith(term.exact) ? whole : whole * FOLDED_ONLY_WEIGHT;
}

/**
 * A query matched against the words of a vocabulary, each distinct word once. Scores texts
 * given as word ids of that vocabulary. The vocabulary may grow between calls (the http path
 * adds the words of each page it loads): new words are matched when first needed.
 */
export class QueryMatcher {
  /** weights[word * terms + t]: how well the word matches term t (termMatch). */
  private readonly weights: number[] = [];
  /** Whether a word matches any term: most words match none and are skipped at once. */
  private readonly matchesAny: boolean[] = [];
  /** Folded-word numbers of the terms typed together (when more than one), for the "together" bonus. */
  private together: number[] = [];
  /** Folded-word numbers of each quoted phrase. */
  private phrases: number[][] = [];
  private readonly termCount: number;

  constructor(
    readonly query: SearchQuery,
    readonly vocabulary: RankVocabulary,
  ) {
    this.termCount = query.terms.length;
    this.lookUpSequences();
    this.catchUp();
  }

  /** False when some term starts no word at all: then no text can match. */
  get canMatch(): boolean {
    this.catchUp();
    const { weights, termCount } = this;
    if (termCount === 0) return false;
    const found = new Array<boolean>(termCount).fill(false);
    for (let i = 0; i < weights.length; i += 1) if (weights[i] > 0) found[i % termCount] = true;
    return found.every(Boolean);
  }

  /**
   * Score of a text for the query; 0 when it does not match. `words` are the ids of its
   * title's words followed by its content's; the first `titleLength` are the title's.
   */
  score(words: ArrayLike<number>, titleLength: number): number {
    this.catchUp();
    const terms = this.termCount;
    if (terms === 0) return 0;
    const title = new Array<number>(terms).fill(0);
    const body = new Array<number>(terms).fill(0);
    this.addFrequencies(words, 0, titleLength, title);
    this.addFrequencies(words, titleLength, words.length, body);
    for (let t = 0; t < terms; t += 1) if (body[t] + title[t] === 0) return 0;
    for (const phrase of this.phrases) if (this.countSequence(words, phrase) === 0) return 0;
    // Longer pages mention everything more often; dampen by length as BM25 does.
    const lengthNorm = 0.25 + 0.75 * Math.sqrt(Math.max(words.length - titleLength, 1) / 300);
    let score = 0;
    for (let t = 0; t < terms; t += 1) {
      const tf = body[t] + TITLE_WEIGHT * title[t];
      score += tf / (tf + SATURATION * lengthNorm);
    }
    // Words typed together and found together: "dao duc" ranks "đạo đức" above "dục … Đào".
    const together = terms > 1 ? this.countSequence(words, this.together) : 0;
    return score + this.phrases.length * 0.5 + (together > 0 ? 0.5 + Math.min(together, 5) * 0.1 : 0);
  }

  /** How many of the query's terms occur in the words, and how often in all (to pick the best part of a page). */
  coverage(words: ArrayLike<number>): { terms: number; hits: number } {
    this.catchUp();
    const tf = new Array<number>(this.termCount).fill(0);
    this.addFrequencies(words, 0, words.length, tf);
    return { terms: tf.filter((n) => n > 0).length, hits: tf.reduce((a, b) => a + b, 0) };
  }

  /** Adds, word by word in order, how well words[from, to) match each term. */
  private addFrequencies(words: ArrayLike<number>, from: number, to: number, tf: number[]): void {
    const { weights, matchesAny, termCount } = this;
    for (let i = from; i < to; i += 1) {
      const word = words[i];
      if (!matchesAny[word]) continue;
      for (let t = 0; t < termCount; t += 1) tf[t] += weights[word * termCount + t];
    }
  }

  /** How often the folded words of `sequence` stand one after the other (overlaps count). */
  private countSequence(words: ArrayLike<number>, sequence: number[]): number {
    const foldedId = this.vocabulary.foldedId;
    let count = 0;
    next: for (let i = 0; i + sequence.length <= words.length; i += 1) {
      for (let j = 0; j < sequence.length; j += 1) if (foldedId[words[i + j]] !== sequence[j]) continue next;
      count += 1;
    }
    return count;
  }

  /** Matches the words added to the vocabulary since last time. */
  private catchUp(): void {
    const { vocabulary } = this;
    const known = this.matchesAny.length;
    if (known === vocabulary.size) return;
    for (let word = known; word < vocabulary.size; word += 1) {
      let any = false;
      for (const term of this.query.terms) {
        const weight = termMatch(vocabulary.folded[word], vocabulary.exact[word], term);
        this.weights.push(weight);
        any ||= weight > 0;
      }
      this.matchesAny.push(any);
    }
    // A folded word unknown until now may have come in.
    this.lookUpSequences();
  }

  /** The folded-word numbers of the terms together and of each phrase (-1 for a word the vocabulary lacks). */
  private lookUpSequences(): void {
    const numbers = (folded: string[]) => folded.map((word) => this.vocabulary.foldedIdOf(word));
    this.together = this.termCount > 1 ? numbers(this.query.terms.map((t) => t.folded)) : [];
    this.phrases = this.query.phrases.map((phrase) => numbers(phrase.split(' ')));
  }
}

/** The words of a page as ranking reads them, as ids of `vocabulary`: its title's, then its content's. */
export function rankableWords(text: RankableText, vocabulary: RankVocabulary): { words: number[]; titleLength: number } {
  const title = vocabulary.idsOf(text.title);
  return { words: [...title, ...vocabulary.idsOf(text.content)], titleLength: title.length };
}

/** Score of a page (or a part of one) for the query; 0 when it does not match. Both search paths must give a page this very number. */
export function scoreText(text: RankableText, query: SearchQuery): number {
  const vocabulary = new RankVocabulary();
  const { words, titleLength } = rankableWords(text, vocabulary);
  return new QueryMatcher(query, vocabulary).score(words, titleLength);
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
