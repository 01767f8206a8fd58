/**
 * Which words of a text to mark for a query (under a search result, and on the page a result
 * opens): whole words only, never the start of a longer one ("như" does not mark "nhưng").
 * Words typed together are marked where they stand together; a word on its own is marked when
 * it matches a typed word (as typed, when typed with tone marks), unless it is very common:
 * "một cửa" marks "một cửa" and "cửa", never a lone "của" or "một". A query typed with tone
 * marks is typed as meant, its words without a mark too: "tinh giản biên chế" marks "tinh giản
 * biên chế", and "tinh" alone, never a lone "tỉnh" or "tính". A word typed that stands in a
 * text with two others typed, all together, is marked there only. On the page a result opens,
 * a word typed that stands with another typed anywhere on it is marked only where they stand
 * together (termsTogether): "Bác Hồ về cán bộ" marks "cán bộ", not the "bộ" of "bộ máy".
 */
import { COMMON_WORDS } from './common-words';
import { NEED, typedWithMarks, type SearchQuery } from './query';
import { wordsOf, type Word } from './words';

/** 2: the word is the term as typed; 1: only once folded; 0: not that term. */
function strength(word: Word, term: SearchQuery['terms'][number]): number {
  if (word.folded !== term.folded) return 0;
  return !term.hasMarks || word.exact === term.exact ? 2 : 1;
}

/**
 * Whether a term marks words only where it stands with the others: a very common word or a
 * question's, as typed ("của", "gì"). A word typed without marks that may be one ("dang": "đang"
 * or "Đảng", common-words.ts) still marks alone the words it may be that are not very common.
 */
const onlyInRuns = (term: SearchQuery['terms'][number]) => term.need <= NEED.common;

/** The terms that stand in a run of two typed words or more in `text` (each text of a page, in turn). */
export function termsTogether(text: string, query: SearchQuery): Set<number> {
  const together = new Set<number>();
  runsOf(wordsOf(text), query, together, phraseNeeds(query), 2);
  return together;
}

/**
 * For each term that stands only in quotation marks (a phrase typed so; another spelling's words,
 * which query.ts quotes: "UBND" → "ủy ban nhân dân"), how many of the typed words must stand in a
 * row for it to be marked: its phrase's length, at most three ("ủy ban nhân dân" marks "Ủy ban
 * nhân dân", never "nhân dân" alone; a phrase of one word marks it alone).
 */
function phraseNeeds(query: SearchQuery): Map<number, number> {
  const needs = new Map<number, number>();
  const inPhrases = new Map<number, number>();
  for (const phrase of query.phrases) {
    for (const t of phrase) {
      inPhrases.set(t, (inPhrases.get(t) ?? 0) + 1);
      needs.set(t, Math.min(needs.get(t) ?? 3, phrase.length));
    }
  }
  // Typed outside quotation marks too: a word like any other.
  for (const [t, count] of inPhrases) if (query.sequence.filter((other) => other === t).length > count) needs.delete(t);
  return needs;
}

/**
 * Which words of `words` stand in a run of two typed words or more, in order, one after the
 * other (folded: "mot cua" marks "một cửa"), or more where a word stands only in quotation marks
 * (`needs`: phraseNeeds); the terms of the runs of `least` words or more go into `together`.
 */
function runsOf(words: Word[], query: SearchQuery, together: Set<number>, needs: ReadonlyMap<number, number>, least = 3): boolean[] {
  const marked = new Array<boolean>(words.length).fill(false);
  const { sequence, terms } = query;
  if (sequence.length > 1) {
    for (let i = 0; i < words.length; i += 1) {
      for (let j = 0; j < sequence.length - 1; j += 1) {
        let length = 0;
        let needed = 2;
        while (i + length < words.length && j + length < sequence.length && strength(words[i + length], terms[sequence[j + length]]) > 0) {
          needed = Math.max(needed, needs.get(sequence[j + length]) ?? 0);
          length += 1;
        }
        for (let k = 0; k < length && length >= needed; k += 1) {
          marked[i + k] = true;
          if (length >= least) together.add(sequence[j + k]);
        }
      }
    }
  }
  return marked;
}

/**
 * Ranges [start, end) of the words to mark in `text`, in order. `togetherElsewhere`: the terms
 * that stand together elsewhere on the same page (termsTogether), marked alone nowhere.
 */
export function matchRanges(text: string, query: SearchQuery, togetherElsewhere: ReadonlySet<number> = new Set()): Array<[number, number]> {
  const words = wordsOf(text);
  const { terms } = query;
  const together = new Set(togetherElsewhere);
  const needs = phraseNeeds(query);
  const marked = runsOf(words, query, together, needs);
  const allCommon = terms.every(onlyInRuns);
  const withMarks = typedWithMarks(query);
  const alone = (word: Word, term: SearchQuery['terms'][number], t: number) =>
    (!onlyInRuns(term) || allCommon) && (needs.get(t) ?? 1) <= 1 && strength(word, term) === 2 && (term.hasMarks || !withMarks || word.exact === term.exact);
  // A word that stands with two typed words or more in this text is marked there only, not
  // every other "chủ" of "Chủ tịch" around "nước Việt Nam dân chủ cộng hòa mới ra đời"; the
  // other words typed still are, wherever they stand ("CCHC" beside "cải cách hành chính").
  for (let i = 0; i < words.length; i += 1) {
    if (marked[i] || (COMMON_WORDS.has(words[i].exact) && !allCommon)) continue;
    marked[i] = terms.some((term, t) => !together.has(t) && alone(words[i], term, t));
  }
  return words.flatMap((word, i) => (marked[i] ? [[word.start, word.end] as [number, number]] : []));
}
