/**
 * Reading what a teacher typed in the search box, once, for whichever index the site has
 * (compact or sharded), so that a query is understood alike everywhere.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { COMMON_WORDS_UNMARKED, isCommonWord, OUR_UNITS, QUESTION_WORDS, VERBS_THAT_ASK, VERBS_THAT_ASK_ABOUT, VERBS_THAT_ASK_UNMARKED } from './common-words';
import { separateDocumentNumbers } from './document-numbers';
import { ordinalSpellings, romanSpellings } from './number-spellings';
import { spellQuestion } from './question-phrases';
import { querySynonyms, SPOKEN_NAMES, type Synonym } from './synonyms';
import { splitWords } from './words';
import { canonicalSpelling } from './spelling';

export interface QueryTerm {
  /** As typed, lower-cased (tone marks kept): "đảng". */
  exact: string;
  /** Folded: "dang". */
  folded: string;
  /** True when the teacher typed tone or vowel marks, so the exact spelling should rank first. */
  hasMarks: boolean;
  /**
   * How much a record needs this word (NEED): a record must hold the words of the highest need
   * typed (rank.ts). Below NEED.word, its occurrences count only in a run of the words typed; a
   * very common word or one that asks is never marked alone (highlight.ts), one typed without
   * marks may be ("cua" marks "cửa").
   */
  need: Need;
  /** True for the last word typed: it may be the start of a word still being typed ("chuy" → "chuyển"). */
  last: boolean;
}

/**
 * How much a record needs a word typed, highest first: a word; a word typed without marks that
 * is nearly always a very common one ("cua": "của", seldom "cửa"); a very common word as typed
 * ("của", "một": common-words.ts); a word that asks ("gì": the outline answers, it does not ask).
 * Records must hold the words of the highest need typed: "mot cua la gi" needs "mot" and "cua",
 * not "là" nor "gì"; "của" alone needs "của".
 */
export const NEED = { word: 3, maybeCommon: 2, common: 1, asks: 0 } as const;
export type Need = (typeof NEED)[keyof typeof NEED];

export interface SearchQuery {
  raw: string;
  /** The distinct words typed, in order. */
  terms: QueryTerm[];
  /** Every word typed, in order, as indexes into `terms` ("kỷ luật kỷ cương" → 0 1 0 2): the words to find together. */
  sequence: number[];
  /** Quoted phrases, each as indexes into `terms`: they must stand together, in order. */
  phrases: number[][];
}

/**
 * The words of a query, each with its need as written (a very common word, a word that asks):
 * enough to mark them on the page a result opens (highlight-search-words.ts, loaded by every page
 * opened from a result, which must stay light). Search reads them with parseQuery.
 */
export function parseWords(raw: string): SearchQuery {
  const text = raw.normalize('NFC').toLowerCase();
  const index = new Map<string, number>();
  const terms: QueryTerm[] = [];
  const termOf = (typed: string): number => {
    // "hòa" and "hoà" are one word, so are "kĩ" and "kỹ" (spelling.ts).
    const word = canonicalSpelling(typed);
    let at = index.get(word);
    if (at === undefined) {
      const folded = foldVietnamese(word);
      const need = QUESTION_WORDS.has(word) ? NEED.asks : isCommonWord(word) ? NEED.common : NEED.word;
      at = terms.push({ exact: word, folded, hasMarks: folded !== word, need, last: false }) - 1;
      index.set(word, at);
    }
    return at;
  };
  const typed = searchableWords(text);
  const sequence = typed.map(termOf);
  // The last word may be unfinished, unless its spelling says it is: a tone on the first vowel
  // of a final oa, oe, uy ("hòa") ends a word, so "hòa" does not begin "hoàn" (as "hoà" may);
  // so does a "y" after a consonant ("ky" is "ki", which begins "kinh", as "ky" does not).
  const lastTyped = typed[typed.length - 1];
  if (sequence.length) terms[sequence[sequence.length - 1]].last = canonicalSpelling(lastTyped) === lastTyped;
  const phrases = [...text.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => searchableWords(m[1] ?? m[2]).map(termOf)).filter((p) => p.length > 0);
  return { raw, terms, sequence, phrases };
}

/**
 * A query as search reads it (parseWords, then): a word typed without marks that is nearly
 * always a very common one is needed no more than it ("o": "ở"), and a verb before "gì" asks
 * too ("nói gì", "noi gì", "làm được gì"), or before "về" ("nói về", "noi ve"), where it stands
 * only there, as do the words of the
 * teacher's unit before "mình" ("chi bộ mình", "đơn vị mình"): common-words.ts.
 */
export function parseQuery(raw: string): SearchQuery {
  const query = parseWords(raw);
  const { terms, sequence } = query;
  for (const term of terms) if (term.need === NEED.word && !term.hasMarks && COMMON_WORDS_UNMARKED.has(term.exact)) term.need = NEED.maybeCommon;
  const word = (i: number) => (i < sequence.length ? terms[sequence[i]].exact : '');
  // "gì" right after it, or after a "được" ("làm được gì", "lam duoc gì").
  const beforeWhat = (i: number) =>
    word(i + 1) === 'gì' || (foldVietnamese(word(i + 1)) === 'duoc' && word(i + 2) === 'gì') || (VERBS_THAT_ASK_ABOUT.has(word(i)) && (word(i + 1) === 'về' || word(i + 1) === 've') && i + 2 < sequence.length);
  const asking = (t: number) => VERBS_THAT_ASK.has(terms[t].exact) || VERBS_THAT_ASK_UNMARKED.has(terms[t].exact);
  // "chi bộ mình", "đơn vị mình": the words of the unit before "mình" (common-words.ts, OUR_UNITS).
  const ours = new Set<number>();
  sequence.forEach((t, i) => {
    if (terms[t].exact !== 'mình') return;
    const unit = OUR_UNITS.find((words) => words.length <= i && words.every((w, k) => terms[sequence[i - words.length + k]].folded === w));
    for (let k = 1; unit && k <= unit.length; k += 1) ours.add(i - k);
  });
  for (const t of new Set(sequence)) {
    if (asking(t) && sequence.every((other, i) => other !== t || beforeWhat(i))) terms[t].need = NEED.asks;
    if (terms[t].need === NEED.word && sequence.some((other, i) => other === t && ours.has(i)) && sequence.every((other, i) => other !== t || ours.has(i))) terms[t].need = NEED.asks;
  }
  return query;
}

/** A query as the search page reads it once, where it enters: everything the search and its marks need. */
export interface ReadQuery {
  raw: string;
  /** What kind of query this is, for the message the page shows when there is nothing to search. */
  state: 'empty' | 'no-words' | 'ok';
  /**
   * What was typed, parsed as typed (a question typed without marks spelled with them, "nq27" as
   * "nq 27"): whether the teacher typed tone marks, and whether a word is still being typed, are
   * read from it.
   */
  typed: SearchQuery;
  /**
   * The spellings searched, each parsed: what was typed ("thứ 3" first as the outline writes it,
   * "thứ ba": number-spellings.ts), then its glossary spellings ("CCHC" ↔ "cải cách hành chính",
   * "Bác Hồ" → "Hồ Chí Minh": synonyms.ts) and a congress's number in Roman numerals ("đại hội
   * 13" → "đại hội xiii").
   */
  spellings: SearchQuery[];
  /** The words of every spelling together, for marking them in results and on the page a result opens. */
  marks: SearchQuery;
}

export function readQuery(raw: string, synonyms: Synonym[]): ReadQuery {
  const state = queryState(raw);
  // A question typed without marks, read as meant ("… la gi" → "… là gì"): question-phrases.ts.
  // "nq27" is "nq 27" (document-numbers.ts).
  const typed = state === 'ok' ? spellQuestion(separateDocumentNumbers(raw)) : raw;
  // "thứ 3" as the outline writes it, "thứ ba", first; as typed too (number-spellings.ts).
  const ordinal = state === 'ok' ? ordinalSpellings(typed) : [];
  const meant = ordinal[0] ?? typed;
  const others = state === 'ok' ? [...(ordinal.length ? [typed] : []), ...querySynonyms(meant, [...synonyms, ...SPOKEN_NAMES]), ...romanSpellings(meant)] : [];
  const spellings = [meant, ...others].map(parseQuery);
  // A number typed is a whole word: its word ("ba" for "3") begins no other ("bác", "bản").
  if (ordinal.length && /\d[^\p{L}\p{N}]*$/u.test(typed)) spellings[0].terms[spellings[0].sequence[spellings[0].sequence.length - 1]].last = false;
  // Marks read "typed with tone marks" from what was typed: a glossary's full form ("cải cách
  // hành chính" for "cchc"), or the word of a number ("tư" for "thứ 4"), joins them without its
  // marks when the teacher typed none.
  // (With a number's word first, what was typed is the second spelling.)
  const asTyped = spellings[ordinal.length ? 1 : 0];
  const marked = typedWithMarks(asTyped);
  const asMarked = (text: string) => (marked ? text : foldVietnamese(text));
  const first = withoutOpenQuote(ordinal.length ? asMarked(meant) : meant);
  return {
    raw,
    state,
    typed: asTyped,
    spellings,
    marks: parseQuery(others.length ? [first, ...others.map((other) => newWordsQuoted(asMarked(other), first))].join(' ') : meant),
  };
}

/**
 * `text` without a quotation mark left open ('"UBND huyện', typed on the way to a phrase): the
 * search reads no phrase there, and the marks, which join other spellings in quotation marks
 * after it (newWordsQuoted), must not read one either.
 */
function withoutOpenQuote(text: string): string {
  const count = (mark: string) => text.split(mark).length - 1;
  const dropLast = (from: string, mark: string) => {
    const at = from.lastIndexOf(mark);
    return `${from.slice(0, at)}${from.slice(at + 1)}`;
  };
  let closed = count('"') % 2 ? dropLast(text, '"') : text;
  if (count('“') > count('”')) closed = dropLast(closed, '“');
  return closed;
}

/**
 * The words of `spelling` that `typed` does not have, each run of them in quotation marks:
 * another spelling's words mark a text only where they stand together (highlight.ts), not a
 * lone "nhân" of "ủy ban nhân dân" for "UBND huyện" (`"ủy ban nhân dân"`; "huyện" was typed).
 */
function newWordsQuoted(spelling: string, typed: string): string {
  const own = new Set(searchableWords(typed.normalize('NFC').toLowerCase()).map(canonicalSpelling));
  const runs: string[][] = [[]];
  for (const word of searchableWords(spelling.normalize('NFC').toLowerCase())) {
    if (own.has(canonicalSpelling(word))) runs.push([]);
    else runs[runs.length - 1].push(word);
  }
  return runs.filter((run) => run.length).map((run) => `"${run.join(' ')}"`).join(' ');
}

/**
 * Whether the teacher typed tone marks on a word they search for: a very common word or a
 * question's words ("là gì", spelled for a teacher who typed none) do not say it.
 */
export function typedWithMarks(query: SearchQuery): boolean {
  return query.terms.some((term) => term.hasMarks && term.need === NEED.word);
}

/**
 * At most this many looser queries are tried when nothing has every word typed. Each is first
 * asked whether anything matches (no page loaded), and only those that match are searched.
 */
export const LOOSER_LIMIT = 40;
/** A query of more words than this that may be left out is read as a sentence: its runs of words are tried, not every pair left out. */
const KEYWORDS_AT_MOST = 5;

/**
 * When nothing has every word typed ("thầy nói về cán bộ": the outline never says "thầy"), the
 * searches to try instead, in rounds, best first:
 * 1. when some words typed stand on no page at all (`absent`, as the terms' `exact` spellings:
 *    a word mistyped), or make it a question ("gì", "mình", and a verb before "gì", "nói gì", "làm được gì": NEED.asks),
 *    the query without them (these stay out of every later round), and the query without the
 *    word typed next to one found nowhere at either end as well (the other syllable of a word:
 *    "liên hệ bản thân" → "liên hệ bản", and "liên hệ");
 * 2. for a few keywords (at most KEYWORDS_AT_MOST words left to leave out), the query with one
 *    more of its words left out, then two;
 * 3. for a sentence (more words than that: "thầy dạy cán bộ phải làm gì để phục vụ nhân
 *    dân"), its runs of the words left, the longest first, each length a round (down to two
 *    words: "nhân dân").
 * Never every word is left out, nor all but lone letters or digits. A word typed twice goes out
 * both times; a very common word ("của") stays, as it never stops a page from matching on its own
 * (a run holds it where it was typed). At most `limit` queries in all: a round that would go
 * past it is not tried. Only the last word typed may be the start of a longer one: left out, the
 * word before it is a finished word ("bác" of "Bác Hồ" is not the start of "bách").
 */
export function looserQueries(query: SearchQuery, limit = LOOSER_LIMIT, absent: ReadonlySet<string> = new Set()): SearchQuery[][] {
  const typed = searchableWords(query.raw.normalize('NFC').toLowerCase());
  const keys = typed.map(canonicalSpelling);
  // As the query reads them: a verb before "gì" asks too, a toneless "o" is "ở".
  const needOf = new Map(query.terms.map((term) => [term.exact, term.need]));
  const asks = (key: string) => needOf.get(key) === NEED.asks;
  const droppable = [...new Set(keys.filter((key) => needOf.get(key) === NEED.word || asks(key)))];
  // The words of a question go out with the words found nowhere, unless nothing else is left.
  const found = droppable.filter((key) => !absent.has(key));
  const asking = found.filter(asks);
  const goes = (key: string) => absent.has(key) || (asking.length < found.length && asks(key));
  const gone = droppable.filter(goes);
  const present = droppable.filter((key) => !goes(key));
  // Words typed without marks that are nearly always very common ones stay, and may be all that
  // is left ("mot cua" of "mot cua xyzzy"); very common words as typed never are a query alone.
  if (present.length === 0 && !keys.some((key) => needOf.get(key) === NEED.maybeCommon)) return [];
  /** The words typed at `at` (indexes, in order) as a query; its last word finished unless it is the last typed. */
  const queryOf = (at: number[]) => {
    const looser = parseQuery(at.map((i) => typed[i]).join(' '));
    if (at[at.length - 1] !== typed.length - 1) for (const term of looser.terms) term.last = false;
    return looser;
  };
  const indexes = typed.map((_, i) => i);
  /** The words typed but those in `left`. */
  const keep = (left: string[]) => queryOf(indexes.filter((i) => !left.includes(keys[i])));
  const rounds: SearchQuery[][] = [];
  /** A looser query keeps a word that is neither very common nor a lone letter or digit ("x 1" of "<img src=x onerror=alert(1)>" finds anything). */
  const meaningful = (term: QueryTerm) => term.need >= NEED.maybeCommon && term.folded.length > 1;
  const tried = new Set<string>([parseQuery(typed.join(' ')).raw]);
  let count = 0;
  /** Adds a round of the queries not tried yet; false when it would go past the limit. */
  const add = (round: SearchQuery[]): boolean => {
    const fresh: SearchQuery[] = [];
    for (const looser of round) if (looser.terms.some(meaningful) && !tried.has(looser.raw) && !fresh.some((other) => other.raw === looser.raw)) fresh.push(looser);
    if (count + fresh.length > limit) return false;
    for (const looser of fresh) tried.add(looser.raw);
    count += fresh.length;
    if (fresh.length) rounds.push(fresh);
    return true;
  };
  // A syllable typed next to a word found nowhere may be the other half of it ("bản" of "bản
  // thân", which the outline never says; alone it finds "văn bản"): the query without it too is
  // tried at once, and the better of the two found first. Only at either end of what was typed:
  // in the middle, leaving out both neighbours would join two words never typed together
  // ("cải cách xyzzy hành chính" is not "cải chính").
  const foundNowhere = (key: string) => absent.has(key) && !asks(key);
  /** Each end of what was typed and the word next to it. */
  const ends = keys.length > 1 ? [[keys[0], keys[1]], [keys[keys.length - 1], keys[keys.length - 2]]] : [];
  const orphans = present.filter((key) => ends.some(([end, next]) => foundNowhere(end) && next === key));
  if (gone.length && !add([keep(gone), ...(orphans.length < present.length && orphans.length ? [keep([...gone, ...orphans])] : [])])) return rounds;
  if (present.length <= KEYWORDS_AT_MOST) {
    for (let drop = 1; drop <= 2 && drop < present.length; drop += 1) if (!add(subsets(present, drop).map((left) => keep([...gone, ...left])))) break;
    return rounds;
  }
  // A sentence: its runs of words (without the words gone first), the longest first. Any eight
  // of its ten words are found in many a long paragraph, scattered; a run is what was meant
  // together ("phục vụ nhân dân" of "thầy dạy cán bộ phải làm gì để phục vụ nhân dân"). The
  // runs start as long as the limit lets every shorter length down to two words be tried too.
  const kept = indexes.filter((i) => !gone.includes(keys[i]));
  const runsOf = (length: number) => kept.length - length + 1;
  let longest = 2;
  for (let total = runsOf(2) + count; longest + 1 < kept.length && total + runsOf(longest + 1) <= limit; longest += 1) total += runsOf(longest + 1);
  for (let length = longest; length >= 2; length -= 1) {
    const runs: SearchQuery[] = [];
    for (let start = 0; start + length <= kept.length; start += 1) runs.push(queryOf(kept.slice(start, start + length)));
    if (!add(runs)) break;
  }
  return rounds;
}

/**
 * The words of a query that a looser search may leave out (not the very common ones), each as a
 * query of its own, to ask the index whether any page holds it: a word still being typed stays
 * so (it may begin a longer one), a finished word stays finished.
 */
export function droppableWords(query: SearchQuery): Array<{ word: string; alone: SearchQuery }> {
  return query.terms
    .filter((term) => term.need === NEED.word)
    .map((term) => {
      const alone = parseQuery(term.exact);
      for (const only of alone.terms) only.last = term.last;
      return { word: wordAsTyped(query, term), alone };
    });
}

/** A term named as the teacher typed it ("kỹ"), not as spelled for search ("kĩ"). */
export function wordAsTyped(query: SearchQuery, term: QueryTerm): string {
  return searchableWords(query.raw.normalize('NFC').toLowerCase()).find((word) => canonicalSpelling(word) === term.exact) ?? term.exact;
}

/** The subsets of `items` with `size` items, in order. */
function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

/** What kind of query this is, for the message the page shows when there is nothing to search. */
export function queryState(raw: string): 'empty' | 'no-words' | 'ok' {
  if (raw.trim() === '') return 'empty';
  return searchableWords(raw).length === 0 ? 'no-words' : 'ok';
}

/** The words of a query that can be searched: a "word" of stray combining marks folds to nothing and is left out. */
function searchableWords(text: string): string[] {
  return splitWords(text).filter((word) => foldVietnamese(word) !== '');
}
