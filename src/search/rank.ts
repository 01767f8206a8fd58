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
import type { SearchQuery } from './query';
import { RankVocabulary } from './vocabulary';

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

/** How well one word matches one term: 0 (not at all) up to 1 (the exact spelling typed). */
function termMatch(folded: string, exact: string, term: SearchQuery['terms'][number]): number {
  if (!folded.startsWith(term.folded)) return 0;
  const whole = folded.length === term.folded.length ? 1 : PREFIX_WEIGHT;
  if (!term.hasMarks) return whole;
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
