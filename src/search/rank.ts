/**
 * The ranking rules, in one place, shared by every search path. A record (a paragraph of a
 * page, under its heading, on a page with a title) is scored for a query:
 *
 * 1. It matches when each typed word is a word of the record, its heading or its page's title
 *    (folded: no tone marks, đ = d), the last one typed perhaps only the start of one (it may
 *    still be being typed: "chuy" → "chuyển"; typed with marks, as typed: "chuyể" → "chuyển",
 *    but "dân" is not the start of "đảng"), and each quoted phrase stands in it. A very
 *    common word ("của", "một", common-words.ts), or one typed without marks ("cua", which may be
 *    "cửa"), is needed only when everything typed is such a word, and a word that asks ("gì")
 *    only when nothing else was typed (query.ts, NEED).
 * 2. Words typed together rank first where they stand together, in order: the longest run of
 *    the typed words found one after the other scores most, the whole query in a row most of
 *    all ("một cửa" → "cơ chế một cửa"; "kỷ luật kỷ cương" → "kỷ luật, kỷ cương"), a question's
 *    words that ask left aside ("cải cách hành chính là gì" → "Cải cách hành chính là một chủ
 *    trương …").
 * 3. Typed tone marks rank the exact spelling first: with "cửa" typed, "cứa" counts a third,
 *    a run of exact spellings outranks a run that needs folding, and a record that holds a word
 *    typed with marks only spelled otherwise scores a fifth ("hiểu" → "hiểu rằng" before the
 *    "hiệu lực, hiệu quả" of a page's title; "lợi" → "lợi ích" before "lỗi", "lời"); a very common word is
 *    found only as typed ("của" does not stand for "cửa"). A query without marks finds every
 *    spelling alike. A tone on either vowel of a final "oa", "oe", "uy" is one spelling: "hòa"
 *    is "hoà", "thủy" is "thuỷ" (the outline writes both ways); so is a final "y" or "i" after
 *    a consonant: "kĩ" is "kỹ", "lí" is "lý" (schoolbooks write "i"). See spelling.ts.
 * 4. A very common word never lifts a record on its own: its occurrences count only inside a
 *    run of typed words.
 * 5. Then whether the page's title holds the typed words in a row (the page is about them),
 *    how often the other words occur (saturating), how close together they stand, and whether
 *    the heading or the page's title holds them (a document's number in its title: "27" → the
 *    page of Nghị quyết 27).
 * 6. A line that opens with a link to another page (a row of a list of documents, an index
 *    entry) counts half: the page it names, and the outline's own words, come before the lists.
 * 7. A page's score is its best record's, plus a little for each other record that matches with
 *    a word that is not very common (rule 4 again: "mot cua" finds "một … của" in many records of
 *    a page, and they must not lift it above another "một cửa"). A page under 15 % of the best page's score is left out: beside the words found together and
 *    as typed, it only has some of them scattered, or other words spelled alike ("chữ ký số"
 *    found 15 pages with "dân chủ", "kỷ cương", "cơ sở" after the one with "chữ ký số"; under a
 *    tenth, still two: "Ký hiệu trong số hiệu văn bản", "chế độ dân chủ … kỷ cương").
 * 8. A query that names a document the site has by its number ("nghị quyết 27", "NQ27", "nghi
 *    dinh 30 van ban") puts that document's page first, opening at its top, where its title,
 *    number and status stand: the search page applies it to every path's results
 *    (document-numbers.ts, documentNamedBy; results.ts, documentPageFirst).
 */
import { NEED, type SearchQuery } from './query';
import { otherTonePlacement } from './spelling';
import type { RankVocabulary } from './vocabulary';

/** A word that only begins with the last typed term (it is being typed) counts this much. */
export const PREFIX_WEIGHT = 0.4;
/** A word that matches a term typed with marks only once folded ("cứa" for "cửa") counts this much. */
export const FOLDED_ONLY_WEIGHT = 0.3;
/** Bonus for the longest run of typed words in a row, up to the whole query. */
export const RUN_WEIGHT = 6;
/** Extra when the whole query stands in a row. */
export const WHOLE_RUN_WEIGHT = 6;
/** A record that holds some word typed with marks only spelled otherwise scores this part of what it would (rule 3). */
export const FOLDED_RECORD_WEIGHT = 0.2;
/** The same two, for runs that match only once folded (tone marks typed, other marks on the page). */
export const FOLDED_RUN_WEIGHT = 3;
export const TITLE_WEIGHT = 2;
/** Bonus when the page's title holds the typed words in a row: the page is about them ("cai cach the che" → "1, Cải cách thể chế"). */
export const TITLE_RUN_WEIGHT = 4;
export const HEADING_WEIGHT = 1.5;
export const FREQUENCY_WEIGHT = 2;
export const PROXIMITY_WEIGHT = 1.5;
/** A reference line (it opens with a link to another page) scores this part of what text would: the page it names, or the outline's own words, come first. */
export const REFERENCE_WEIGHT = 0.5;
/** How a part of a record holds a term, for RecordScorer.bound: by a very common word only (it counts in runs alone, rule 4), or by another. */
export const HELD_COMMON = 1;
export const HELD = 2;
/** The least score of a record that matches. */
export const MATCH_FLOOR = 0.01;
/** A page scoring under this part of the best page's score is left out (rule 7). */
export const SCORE_FLOOR_OF_BEST = 0.15;
/** What each further matching record of a page adds to its best record's score (at most MORE_RECORDS_AT_MOST of them). */
export const MORE_RECORDS_WEIGHT = 0.05;
export const MORE_RECORDS_AT_MOST = 10;

/**
 * The words of one record, as ids of the vocabulary: its text's, its heading's, its page title's.
 * -1 stands for a word that matches nothing (the sharded index leaves blank the words a query cannot match).
 */
export interface RecordWords {
  text: ArrayLike<number>;
  heading: ArrayLike<number>;
  title: ArrayLike<number>;
  /** A line that opens with a link to another page (a row of a list of documents): see REFERENCE_WEIGHT. */
  reference?: boolean;
}

/**
 * A query matched against the words of a vocabulary, each distinct word once (the vocabulary
 * may grow between calls: new words are matched when first needed). Scores records given as
 * word ids of that vocabulary.
 */
export class RecordScorer {
  /** weight[word * terms + t]: how well the word matches term t (0 = not at all). */
  private readonly weight: number[] = [];
  /** whole[word * terms + t]: the word is the term as a whole word (exactly so when typed with marks: 2; folded: 1). */
  private readonly whole: number[] = [];
  private readonly matchesAny: boolean[] = [];
  private readonly isCommon: boolean[] = [];
  private readonly termCount: number;
  /**
   * The words typed, in order, without those that ask ("gì", the "làm" of "làm gì": query.ts,
   * NEED.asks), when there are two of them or more and some word asks: the passage that answers a
   * question does not say "gì", so these words in a row count as the whole query in a row (rule 2):
   * "cải cách hành chính là gì" stands whole in "Cải cách hành chính là một chủ trương …".
   */
  private readonly answer: number[] | undefined;
  /** Terms a record must hold: those of the highest need typed (query.ts, NEED): all but the very common ones and the words that ask, unless nothing else was typed. */
  readonly required: readonly number[];

  constructor(
    readonly query: SearchQuery,
    readonly vocabulary: RankVocabulary,
    private readonly commonWords: ReadonlySet<string>,
  ) {
    this.termCount = query.terms.length;
    const most = Math.max(...query.terms.map((term) => term.need));
    this.required = query.terms.flatMap((term, t) => (term.need === most ? [t] : []));
    this.marked = this.required.filter((t) => query.terms[t].hasMarks);
    const answer = query.sequence.filter((t) => query.terms[t].need !== NEED.asks);
    this.answer = answer.length >= 2 && answer.length < query.sequence.length ? answer : undefined;
    this.catchUp();
  }

  /**
   * Whether every record that holds each required term (in its text, its heading or its page's
   * title) matches: score gives 0 only to a record without one, or without a quoted phrase. A
   * search may then count a page's matching records without scoring them (best-first.ts).
   */
  get everyRecordWithTheWordsMatches(): boolean {
    return this.query.phrases.length === 0;
  }

  /** False when some required term starts no word at all: then no record can match. */
  get canMatch(): boolean {
    this.catchUp();
    if (this.termCount === 0) return false;
    return this.required.every((t) => this.matchesAny.some((any, word) => any && this.weight[word * this.termCount + t] > 0));
  }

  /**
   * The required terms typed with marks that no word known has as typed ("tớ": only "tổ", "to"):
   * whatever matches them is spelled otherwise. The words known are the whole index's in the
   * compact engine, and in the sharded one those of the parts loaded, which hold every word
   * spelled like the query's.
   */
  notAsTyped(): number[] {
    this.catchUp();
    const asTyped = (t: number) => this.matchesAny.some((any, word) => any && this.weight[word * this.termCount + t] > FOLDED_ONLY_WEIGHT);
    return this.required.filter((t) => this.query.terms[t].hasMarks && !asTyped(t));
  }

  /** Whether `word` (an id) matches some term and is not a very common word: a record holding one adds to its page's score (rule 7). */
  countsForPage(word: number): boolean {
    this.catchUp();
    return this.matchesAny[word] === true && !this.isCommon[word];
  }

  /** Whether `record` holds the query's words only as very common words (or not at all): then it adds nothing to its page's score (rule 7). */
  onlyVeryCommon(record: RecordWords): boolean {
    for (const part of [record.text, record.heading, record.title]) {
      for (let i = 0; i < part.length; i += 1) if (part[i] >= 0 && this.countsForPage(part[i])) return false;
    }
    return true;
  }

  /** How `word` (an id) holds term `t`, as bound reads it: HELD, HELD_COMMON (a very common word: only in runs) or 0. */
  heldAs(word: number, t: number): number {
    if (!(this.weight[word * this.termCount + t] > 0)) return 0;
    return this.isCommon[word] ? HELD_COMMON : HELD;
  }

  /** How well `word` (an id) matches term `t`. */
  matchOf(word: number, t: number): number {
    return this.weight[word * this.termCount + t];
  }

  /** Score of a record for the query; 0 when it does not match. */
  score(record: RecordWords): number {
    this.catchUp();
    const terms = this.termCount;
    if (terms === 0) return 0;
    const { text, heading, title } = this.counts;
    this.frequencies(record.text, text);
    this.frequencies(record.heading, heading);
    this.frequencies(record.title, title);
    for (const t of this.required) if (text.any[t] + heading.any[t] + title.any[t] === 0) return 0;
    for (const phrase of this.query.phrases) if (this.longestRun(record.text, phrase, 1) < phrase.length && this.longestRun(record.heading, phrase, 1) < phrase.length) return 0;

    const sequence = this.query.sequence;
    let score = 0;
    if (sequence.length > 1) {
      // A part that holds fewer than two of the typed words has no run to find.
      const textRuns = this.distinctTermsIn(text.any) > 1;
      const headingRuns = this.distinctTermsIn(heading.any) > 1;
      const titleRuns = this.distinctTermsIn(title.any) > 1;
      const runIn = (strength: 1 | 2, words = sequence) =>
        Math.max(
          textRuns ? this.longestRun(record.text, words, strength) : 0,
          headingRuns ? this.longestRun(record.heading, words, strength) : 0,
          titleRuns ? this.longestRun(record.title, words, strength) : 0,
        );
      const exact = runIn(2);
      const folded = runIn(1);
      const { answer } = this;
      const whole = (run: number, strength: 1 | 2) => run === sequence.length || (answer !== undefined && runIn(strength, answer) === answer.length);
      const steps = sequence.length - 1;
      score += RUN_WEIGHT * (Math.max(exact, 1) - 1) / steps + (whole(exact, 2) ? WHOLE_RUN_WEIGHT : 0);
      score += FOLDED_RUN_WEIGHT * ((Math.max(folded, 1) - 1) / steps + (whole(folded, 1) ? 1 : 0));
      if (titleRuns) score += (TITLE_RUN_WEIGHT * (Math.max(this.longestRun(record.title, sequence, 1), 1) - 1)) / steps;
    }
    const counted = this.required;
    let frequency = 0;
    let headed = 0;
    let titled = 0;
    for (const t of counted) {
      const f = text.weighted[t];
      frequency += f / (f + 1);
      headed += Math.min(1, heading.weighted[t]);
      titled += Math.min(1, title.weighted[t]);
    }
    score += (FREQUENCY_WEIGHT * frequency + HEADING_WEIGHT * headed + TITLE_WEIGHT * titled) / counted.length;
    const span = counted.length > 1 ? this.span(record.text, counted) : 0;
    if (span > 0) score += (PROXIMITY_WEIGHT * counted.length) / Math.max(span, counted.length);
    if (record.reference) score *= REFERENCE_WEIGHT;
    if (this.spelledOtherwise(text.best, heading.best, title.best)) score *= FOLDED_RECORD_WEIGHT;
    // A record that holds the words only as very common ones still matches: it comes last, not never.
    return Math.max(score, MATCH_FLOOR);
  }

  /** The required terms typed with marks (rule 3). */
  private readonly marked: readonly number[];

  /** Whether some required term typed with marks is held, in every part, only spelled otherwise (its best match there is a folded one). */
  private spelledOtherwise(...bests: Float64Array[]): boolean {
    return this.marked.some((t) => bests.every((best) => best[t] <= FOLDED_ONLY_WEIGHT));
  }

  /**
   * The most `score` can give a record, knowing only how each term is held (heldAs: HELD_COMMON
   * or HELD) by some word of its text, of its heading and of its page's title, or not (0), not
   * where the words stand: the longest run cannot be longer than the typed words in a row that the
   * part holds, a frequency is under 1 and counts only words that are not very common (rule 4),
   * as do the heading, the title and the proximity bonus, at most its weight. Never below the
   * record's score (a unit test checks it on random records), so that a large search may score
   * only the records whose bound can reach its first pages (best-first.ts): "mot cua" need not
   * score the thousands of records that hold "một" and "của" but no "cửa".
   */
  bound(text: ArrayLike<number>, heading: ArrayLike<number>, title: ArrayLike<number>, reference: boolean): number {
    const sequence = this.query.sequence;
    let bound = 0;
    if (sequence.length > 1) {
      const steps = sequence.length - 1;
      const run = Math.max(this.runBound(text), this.runBound(heading), this.runBound(title));
      const { answer } = this;
      const answered = answer !== undefined && Math.max(this.runBound(text, answer), this.runBound(heading, answer), this.runBound(title, answer)) === answer.length;
      const whole = run === sequence.length || answered ? 1 : 0;
      bound += (RUN_WEIGHT * (Math.max(run, 1) - 1)) / steps + WHOLE_RUN_WEIGHT * whole;
      bound += FOLDED_RUN_WEIGHT * ((Math.max(run, 1) - 1) / steps + whole);
      const titleRun = this.runBound(title);
      if (titleRun > 0) bound += (TITLE_RUN_WEIGHT * (titleRun - 1)) / steps;
    }
    const counted = this.required;
    let inText = 0;
    let inHeading = 0;
    let inTitle = 0;
    for (const t of counted) {
      inText += text[t] === HELD ? 1 : 0;
      inHeading += heading[t] === HELD ? 1 : 0;
      inTitle += title[t] === HELD ? 1 : 0;
    }
    bound += (FREQUENCY_WEIGHT * inText + HEADING_WEIGHT * inHeading + TITLE_WEIGHT * inTitle) / counted.length;
    if (counted.length > 1 && inText === counted.length) bound += PROXIMITY_WEIGHT;
    if (reference) bound *= REFERENCE_WEIGHT;
    return Math.max(bound, MATCH_FLOOR);
  }

  /** The longest run of typed words a part could hold, from which terms it holds (0 when it holds fewer than two: score finds no run there). */
  private runBound(held: ArrayLike<number>, sequence = this.query.sequence): number {
    if (this.distinctTermsIn(held) < 2) return 0;
    let best = 0;
    let run = 0;
    for (const t of sequence) {
      run = held[t] ? run + 1 : 0;
      if (run > best) best = run;
    }
    return best;
  }

  /** Two rows of run lengths, kept between calls. */
  private runs: [Int32Array, Int32Array] = [new Int32Array(0), new Int32Array(0)];

  /** How many terms have a count above 0 (or are held at all: HELD_COMMON or HELD). */
  private distinctTermsIn(counts: ArrayLike<number>): number {
    let n = 0;
    for (let t = 0; t < counts.length; t += 1) if (counts[t] > 0) n += 1;
    return n;
  }

  /** Per term, for each part of the record being scored (kept between records: no allocation per record). */
  private readonly counts = {
    text: { any: new Float64Array(0), weighted: new Float64Array(0), best: new Float64Array(0) },
    heading: { any: new Float64Array(0), weighted: new Float64Array(0), best: new Float64Array(0) },
    title: { any: new Float64Array(0), weighted: new Float64Array(0), best: new Float64Array(0) },
  };

  /**
   * For each term, into `into`: `any`, how often some word matches it; `weighted`, the sum of
   * the match weights of the words that are not very common (those count only in runs); `best`,
   * the best match weight of a word.
   */
  private frequencies(words: ArrayLike<number>, into: { any: Float64Array; weighted: Float64Array; best: Float64Array }): void {
    const terms = this.termCount;
    if (into.any.length !== terms) {
      into.any = new Float64Array(terms);
      into.weighted = new Float64Array(terms);
      into.best = new Float64Array(terms);
    } else {
      into.any.fill(0);
      into.weighted.fill(0);
      into.best.fill(0);
    }
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i];
      if (word < 0 || !this.matchesAny[word]) continue;
      for (let t = 0; t < terms; t += 1) {
        const w = this.weight[word * terms + t];
        if (w === 0) continue;
        into.any[t] += 1;
        if (w > into.best[t]) into.best[t] = w;
        if (!this.isCommon[word]) into.weighted[t] += w;
      }
    }
  }

  /**
   * The longest run of `sequence` (term indexes) found word after word in `words`, each word
   * matching its term as a whole word at least as strongly as `strength` (2: exactly as typed;
   * 1: once folded). The last typed word may be a prefix (it is being typed).
   */
  longestRun(words: ArrayLike<number>, sequence: number[], strength: 1 | 2): number {
    const n = sequence.length;
    if (n === 0 || words.length === 0) return 0;
    let best = 0;
    // run[j]: the run of the sequence's words ending with word j at the word before (then this one).
    if (this.runs[0].length < n) this.runs = [new Int32Array(n), new Int32Array(n)];
    let [previous, current] = this.runs;
    previous.fill(0);
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i];
      current.fill(0);
      if (word >= 0 && this.matchesAny[word]) {
        for (let j = 0; j < n; j += 1) {
          const cell = word * this.termCount + sequence[j];
          const ok = this.whole[cell] >= strength || (j === n - 1 && this.weight[cell] > 0 && strength === 1);
          if (!ok) continue;
          current[j] = (j > 0 ? previous[j - 1] : 0) + 1;
          if (current[j] > best) best = current[j];
        }
      }
      const swap = previous;
      previous = current;
      current = swap;
    }
    return best;
  }

  /** Where each counted term was last seen, kept between calls. */
  private lastSeen = new Int32Array(0);

  /** The fewest words in a row of `words` that hold every term of `terms` (not as a very common word; 0 when some term is missing). */
  private span(words: ArrayLike<number>, terms: readonly number[]): number {
    if (this.lastSeen.length < terms.length) this.lastSeen = new Int32Array(terms.length);
    const last = this.lastSeen.subarray(0, terms.length).fill(-1);
    let best = 0;
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i];
      if (word < 0 || !this.matchesAny[word] || this.isCommon[word]) continue;
      let earliest = i;
      for (let k = 0; k < terms.length; k += 1) {
        if (this.weight[word * this.termCount + terms[k]] > 0) last[k] = i;
        earliest = Math.min(earliest, last[k]);
      }
      if (earliest < 0) continue;
      const width = i - earliest + 1;
      if (best === 0 || width < best) best = width;
    }
    return best;
  }

  /** Matches the words added to the vocabulary since last time. */
  private catchUp(): void {
    const { vocabulary, query } = this;
    for (let word = this.matchesAny.length; word < vocabulary.size; word += 1) {
      let any = false;
      const exact = vocabulary.exact[word];
      const folded = vocabulary.folded[word];
      const common = this.commonWords.has(exact);
      for (const term of query.terms) {
        const { weight, whole } = termMatch(folded, exact, term, common);
        this.weight.push(weight);
        this.whole.push(whole);
        any ||= weight > 0;
      }
      this.matchesAny.push(any);
      this.isCommon.push(common);
    }
  }
}

/** How well one word (its folded and exact spellings; `common`: a very common word) matches one term. */
export function termMatch(folded: string, exact: string, term: SearchQuery['terms'][number], common = false): { weight: number; whole: number } {
  if (!folded.startsWith(term.folded)) return { weight: 0, whole: 0 };
  const isWhole = folded.length === term.folded.length;
  if (!isWhole && !term.last) return { weight: 0, whole: 0 };
  const asTyped = !term.hasMarks || (isWhole ? exact === term.exact : exact.startsWith(term.exact) || (otherTonePlacement(exact)?.startsWith(term.exact) ?? false));
  // Typed with marks, the last word begins only the words that go on from it as typed ("dân" is not the start of "đảng").
  if ((common || !isWhole) && !asTyped) return { weight: 0, whole: 0 };
  const weight = (isWhole ? 1 : PREFIX_WEIGHT) * (asTyped ? 1 : FOLDED_ONLY_WEIGHT);
  return { weight, whole: isWhole ? (asTyped ? 2 : 1) : 0 };
}
