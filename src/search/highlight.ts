/**
 * Which words of a text to mark for a query (under a search result, and on the page a result
 * opens): whole words only, never the start of a longer one ("như" does not mark "nhưng").
 * Words typed together are marked where they stand together; a word on its own is marked when
 * it matches a typed word (as typed, when typed with tone marks), unless it is very common:
 * "một cửa" marks "một cửa" and "cửa", never a lone "của" or "một". A query typed with tone
 * marks is typed as meant, its words without a mark too: "tinh giản biên chế" marks "tinh giản
 * biên chế", and "tinh" alone, never a lone "tỉnh" or "tính". Where three words typed or more
 * stand together, the text marks them there only.
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

/** Ranges [start, end) of the words to mark in `text`, in order. */
export function matchRanges(text: string, query: SearchQuery): Array<[number, number]> {
  const words = wordsOf(text);
  const marked = new Array<boolean>(words.length).fill(false);
  const { sequence, terms } = query;
  // Runs of the typed words, in order, one after the other (folded: "mot cua" marks "một cửa").
  let longest = 0;
  if (sequence.length > 1) {
    for (let i = 0; i < words.length; i += 1) {
      for (let j = 0; j < sequence.length - 1; j += 1) {
        let length = 0;
        while (i + length < words.length && j + length < sequence.length && strength(words[i + length], terms[sequence[j + length]]) > 0) length += 1;
        if (length >= 2) for (let k = 0; k < length; k += 1) marked[i + k] = true;
        longest = Math.max(longest, length);
      }
    }
  }
  const allCommon = terms.every(onlyInRuns);
  const withMarks = typedWithMarks(query);
  const alone = (word: Word, term: SearchQuery['terms'][number]) =>
    (!onlyInRuns(term) || allCommon) && strength(word, term) === 2 && (term.hasMarks || !withMarks || word.exact === term.exact);
  // A text where the teacher's words stand three or more together shows them there, and not
  // every other "chủ" of "Chủ tịch" around them ("nước Việt Nam dân chủ cộng hòa mới ra đời").
  for (let i = 0; i < words.length && longest < 3; i += 1) {
    if (marked[i] || (COMMON_WORDS.has(words[i].exact) && !allCommon)) continue;
    marked[i] = terms.some((term) => alone(words[i], term));
  }
  return words.flatMap((word, i) => (marked[i] ? [[word.start, word.end] as [number, number]] : []));
}
