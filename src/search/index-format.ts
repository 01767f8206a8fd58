/**
 * The offline index as dist/search-index.js carries it, and its reading in the browser.
 *
 * Chromium loads a script of Vietnamese text in page objects slowly (measured at 2,000 pages:
 * 8 MB of page objects ≈ 210 ms, the same text as one string ≈ 240 ms, 8 MB of ASCII ≈ 100 ms),
 * and splitting and folding 1.3 M words in the browser costs more again. So the build splits
 * the text into tokens once, and the page gets it as numbers in one short ASCII string:
 * - `tokens`: every distinct word (as written) and every distinct run of characters between
 *   two words, most frequent first. Token id = index + 1; id 0 (END) ends a field.
 * - `pages`: for each page, its URL, then the id of each of its segments (headings).
 * - `text`: for each page, its title, then the heading and the text of each segment, each
 *   field as token ids followed by END. One space between two words is implied, as it is by
 *   far the most frequent separator; every other separator is a token of its own.
 * Ids are written in base 32, one character per digit, most significant first; the last digit
 * of a number comes from another set of 32 characters than the others, so frequent tokens
 * take one character and no separator is needed.
 * Reading it back gives the same text, word for word (tests/unit/search.test.ts).
 */
import type { SearchPage, SearchSegment } from './types';
import { RankVocabulary } from './vocabulary';
import { WORD_RE } from './words';

export interface PackedSearchIndex {
  tokens: string[];
  pages: string[][];
  text: string;
}

const END = 0;
/** 64 characters that stand unescaped in a JS string: digit d is DIGITS[d] when it ends a number, DIGITS[32 + d] when more follow. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let d = 0; d < DIGITS.length; d += 1) DIGIT_VALUE[DIGITS.charCodeAt(d)] = d;

/** Reads the numbers of a packed text one after the other, from a given character. */
class NumberReader {
  constructor(
    private readonly text: string,
    public at = 0,
  ) {}

  next(): number {
    let value = 0;
    for (;;) {
      // A copy cut short (a USB stick pulled out mid-copy) must fail, not loop forever.
      if (this.at >= this.text.length) throw new RangeError('The search index ends in the middle of a page.');
      const digit = DIGIT_VALUE[this.text.charCodeAt(this.at++)];
      if (digit < 32) return value * 32 + digit;
      value = value * 32 + digit - 32;
    }
  }
}

function writeNumber(n: number): string {
  let out = DIGITS[n % 32];
  for (let rest = Math.floor(n / 32); rest > 0; rest = Math.floor(rest / 32)) out = DIGITS[32 + (rest % 32)] + out;
  return out;
}

/** Splitting on a captured word alternates: separator, word, separator, … , separator. */
const SPLIT_AT_WORDS = new RegExp(`(${WORD_RE.source})`, 'u');
const STARTS_WITH_WORD = new RegExp(`^${WORD_RE.source}`, 'u');

/** Words and the separators between them, in order, without the single spaces between two words. */
function tokensOf(field: string): string[] {
  const parts = field.split(SPLIT_AT_WORDS);
  return parts.filter((part, i) => part !== '' && !(part === ' ' && i > 0 && i < parts.length - 1));
}

const isWordToken = (token: string) => STARTS_WITH_WORD.test(token);

/** The fields of a page, in the order the index stores them. */
function fieldsOf(page: SearchPage): string[] {
  return [page.title, ...page.segments.flatMap((s) => [s.heading, s.text])];
}

/** Build time: the index of `pages` in its compact form. */
export function packSearchIndex(pages: SearchPage[]): PackedSearchIndex {
  const fields = pages.map((page) => fieldsOf(page).map(tokensOf));
  const counts = new Map<string, number>();
  for (const page of fields) for (const field of page) for (const token of field) counts.set(token, (counts.get(token) ?? 0) + 1);
  const tokens = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const code = new Map(tokens.map((token, i) => [token, writeNumber(i + 1)]));
  const text: string[] = [];
  for (const page of fields) for (const field of page) text.push(...field.map((token) => code.get(token)!), writeNumber(END));
  return { tokens, pages: pages.map((page) => [page.url, ...page.segments.map((s) => s.id)]), text: text.join('') };
}

/**
 * The index read in the browser: the ranking words of every page, decoded at once into numbers
 * of one vocabulary; the text of a page only when it is shown.
 */
export class OfflineIndex {
  readonly vocabulary = new RankVocabulary();
  /** Ranking word ids of all pages one after the other: each page's title words, then its content's. */
  private readonly words: Int32Array;
  /** Where each page's words start in `words` (one more entry: where the last page ends). */
  private readonly wordStart: Int32Array;
  private readonly titleLength: Int32Array;
  /** Where each page's fields start in the packed text. */
  private readonly textStart: Int32Array;
  /** Ranking word id of each token id; -1 for END, separators and words ranking ignores. */
  private readonly wordOfToken: Int32Array;
  private readonly tokenIsWord: boolean[];

  constructor(private readonly packed: PackedSearchIndex) {
    const { tokens, pages, text } = packed;
    this.tokenIsWord = [false, ...tokens.map(isWordToken)];
    this.wordOfToken = new Int32Array(tokens.length + 1).fill(-1);
    tokens.forEach((token, i) => {
      if (this.tokenIsWord[i + 1]) this.wordOfToken[i + 1] = this.vocabulary.idOf(token);
    });
    // Every id takes at least one character: the text's length bounds the number of words.
    const words = new Int32Array(text.length);
    this.wordStart = new Int32Array(pages.length + 1);
    this.titleLength = new Int32Array(pages.length);
    this.textStart = new Int32Array(pages.length);
    const reader = new NumberReader(text);
    let count = 0;
    let field = 0;
    for (let page = 0; page < pages.length; ) {
      const token = reader.next();
      if (token !== END) {
        const word = this.wordOfToken[token];
        if (word >= 0) words[count++] = word;
        continue;
      }
      if (field === 0) this.titleLength[page] = count - this.wordStart[page];
      field += 1;
      if (field === fieldCount(pages[page])) {
        page += 1;
        field = 0;
        this.wordStart[page] = count;
        if (page < pages.length) this.textStart[page] = reader.at;
      }
    }
    this.words = words.slice(0, count);
  }

  get pageCount(): number {
    return this.packed.pages.length;
  }

  url(page: number): string {
    return this.packed.pages[page][0];
  }

  /** The ranking words of a page (its title's, then its content's) and how many are the title's. */
  pageWords(page: number): { words: Int32Array; titleLength: number } {
    return { words: this.words.subarray(this.wordStart[page], this.wordStart[page + 1]), titleLength: this.titleLength[page] };
  }

  /** The text of a page, decoded. */
  page(page: number): SearchPage {
    const [url, ...ids] = this.packed.pages[page];
    const fields: string[] = [];
    const { text, tokens } = this.packed;
    const reader = new NumberReader(text, this.textStart[page]);
    let field = '';
    let afterWord = false;
    while (fields.length < fieldCount(this.packed.pages[page])) {
      const token = reader.next();
      if (token === END) {
        fields.push(field);
        field = '';
        afterWord = false;
        continue;
      }
      const isWord = this.tokenIsWord[token];
      field += (isWord && afterWord ? ' ' : '') + tokens[token - 1];
      afterWord = isWord;
    }
    const segments: SearchSegment[] = ids.map((id, i) => ({ id, heading: fields[1 + 2 * i], text: fields[2 + 2 * i] }));
    return { url, title: fields[0], segments };
  }
}

/** A page's fields: its title, then a heading and a text per segment. */
function fieldCount(page: string[]): number {
  return 1 + 2 * (page.length - 1);
}
