/**
 * What a word is, for both search paths and for marking: letters (any script, with their
 * marks) and digits make words; everything else separates them.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { canonicalSpelling } from './spelling';

export const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text, in order. */
export function splitWords(text: string): string[] {
  return text.normalize('NFC').match(WORD_RE) ?? [];
}

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
    const written = lower.slice(start, end);
    const exact = canonicalSpelling(written);
    // "kỹ" is compared as "kĩ": it folds as that does ("ki"), one letter for one still.
    words.push({ exact, folded: exact === written ? folded.slice(start, end) : foldVietnamese(exact), start, end });
  }
  return words;
}
