/**
 * The words ranking compares, numbered once per visit: a query is matched once against each
 * distinct word, not once against every word of every page.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { WORD_RE } from './words';
import { canonicalSpelling } from './spelling';

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
      const exact = canonicalSpelling(word.normalize('NFC').toLowerCase());
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
