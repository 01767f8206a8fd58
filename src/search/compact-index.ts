/**
 * The compact index as dist/search-index.js carries it, and its reading in the browser.
 *
 * It holds the very records Pagefind is fed (build/write-indexes.ts): every paragraph of every
 * indexed page with its anchor and heading, and each page's URL and title. Chromium loads a
 * script of Vietnamese text in objects slowly and splitting and folding a million words in
 * the browser costs more again, so the build splits the text into tokens once and the page
 * gets it as numbers in one short ASCII string:
 * - `tokens`: every distinct word (as written) and every distinct run of characters between
 *   two words, most frequent first. Token id = index + 1; id 0 (END) ends a field.
 * - `text`: each page's title, then each record's text, each field as token ids followed by
 *   END. One space between two words is implied, as it is by far the most frequent separator;
 *   every other separator is a token of its own.
 * - `pages` (URLs), `headings` (each once), `records` ([page, heading] per record, -1 for no
 *   heading) and `anchors` (one per record).
 * Ids are written in base 32, one character per digit, most significant first; the last digit
 * of a number comes from another set of 32 characters than the others, so frequent tokens
 * take one character and no separator is needed.
 * Reading it back gives the same records, word for word (tests/unit/search/compact-index.test.ts).
 */
import type { SearchRecord, SearchSite } from './types';
import { RankVocabulary } from './vocabulary';
import { WORD_RE } from './words';
import type { RecordWords } from './rank';
import { NumberReader, writeNumber } from './packed-numbers';

export interface PackedSearchIndex {
  tokens: string[];
  pages: string[];
  headings: string[];
  /** page, heading, page, heading, … one pair per record. */
  records: number[];
  anchors: string[];
  /** The records that are reference lines (SearchRecord.reference). */
  references: number[];
  text: string;
}

const END = 0;

/** Splitting on a captured word alternates: separator, word, separator, … , separator. */
const SPLIT_AT_WORDS = new RegExp(`(${WORD_RE.source})`, 'u');
const STARTS_WITH_WORD = new RegExp(`^${WORD_RE.source}`, 'u');

/** Words and the separators between them, in order, without the single spaces between two words. */
function tokensOf(field: string): string[] {
  const parts = field.split(SPLIT_AT_WORDS);
  return parts.filter((part, i) => part !== '' && !(part === ' ' && i > 0 && i < parts.length - 1));
}

const isWordToken = (token: string) => STARTS_WITH_WORD.test(token);

/** Build time: the index of a site in its compact form. */
export function packSearchIndex(site: SearchSite): PackedSearchIndex {
  const fields = [...site.pages.map((p) => p.title), ...site.records.map((r) => r.text)].map(tokensOf);
  const counts = new Map<string, number>();
  for (const field of fields) for (const token of field) counts.set(token, (counts.get(token) ?? 0) + 1);
  const tokens = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
  const code = new Map(tokens.map((token, i) => [token, writeNumber(i + 1)]));
  // Joined field by field: a site of many pages would overflow the stack if spread into one push.
  const text = fields.map((field) => field.map((token) => code.get(token)!).join('') + writeNumber(END)).join('');
  const headings = [...new Set(site.records.map((r) => r.heading).filter(Boolean))];
  const headingIndex = new Map(headings.map((h, i) => [h, i]));
  return {
    tokens,
    pages: site.pages.map((p) => p.url),
    headings,
    records: site.records.flatMap((r) => [r.page, r.heading ? headingIndex.get(r.heading)! : -1]),
    anchors: site.records.map((r) => r.anchor),
    references: site.records.flatMap((r, i) => (r.reference ? [i] : [])),
    text,
  };
}

/**
 * The index read in the browser: the words of every record and title, decoded at once into
 * numbers of one vocabulary; the text of a record only when it is shown.
 */
export class CompactIndex {
  readonly vocabulary = new RankVocabulary();
  readonly recordCount: number;
  /** Word ids of all fields one after the other (titles first, then records). */
  private readonly words: Int32Array;
  /** Where each field's words start in `words` (one more entry: where the last one ends). */
  private readonly wordStart: Int32Array;
  /** Where each field starts in the packed text. */
  private readonly textStart: Int32Array;
  private readonly headingWords: number[][];
  private readonly references: ReadonlySet<number>;
  private readonly tokenIsWord: boolean[];

  constructor(private readonly packed: PackedSearchIndex) {
    const { tokens, pages, text } = packed;
    this.recordCount = packed.anchors.length;
    const fieldCount = pages.length + this.recordCount;
    this.tokenIsWord = [false, ...tokens.map(isWordToken)];
    const wordOfToken = new Int32Array(tokens.length + 1).fill(-1);
    tokens.forEach((token, i) => {
      if (this.tokenIsWord[i + 1]) wordOfToken[i + 1] = this.vocabulary.idOf(token);
    });
    // Every id takes at least one character: the text's length bounds the number of words.
    const words = new Int32Array(text.length);
    this.wordStart = new Int32Array(fieldCount + 1);
    this.textStart = new Int32Array(fieldCount);
    const reader = new NumberReader(text);
    let count = 0;
    for (let field = 0; field < fieldCount; ) {
      const token = reader.next();
      if (token !== END) {
        const word = wordOfToken[token];
        if (word >= 0) words[count++] = word;
        continue;
      }
      field += 1;
      this.wordStart[field] = count;
      if (field < fieldCount) this.textStart[field] = reader.at;
    }
    this.words = words.slice(0, count);
    this.headingWords = packed.headings.map((heading) => this.vocabulary.idsOf(heading));
    this.references = new Set(packed.references);
  }

  get pageCount(): number {
    return this.packed.pages.length;
  }

  url(page: number): string {
    return this.packed.pages[page];
  }

  pageOf(record: number): number {
    return this.packed.records[2 * record];
  }

  /** The words ranking reads for a record: its text's, its heading's and its page title's. */
  recordWords(record: number): RecordWords {
    const heading = this.packed.records[2 * record + 1];
    return {
      text: this.fieldWords(this.packed.pages.length + record),
      heading: heading >= 0 ? this.headingWords[heading] : [],
      title: this.fieldWords(this.pageOf(record)),
      reference: this.references.has(record),
    };
  }

  /** The title of a page, decoded. */
  title(page: number): string {
    return this.decode(page);
  }

  /** A record, decoded. */
  record(record: number): SearchRecord {
    const heading = this.packed.records[2 * record + 1];
    return {
      page: this.pageOf(record),
      anchor: this.packed.anchors[record],
      heading: heading >= 0 ? this.packed.headings[heading] : '',
      text: this.decode(this.packed.pages.length + record),
      ...(this.references.has(record) ? { reference: true } : {}),
    };
  }

  private fieldWords(field: number): Int32Array {
    return this.words.subarray(this.wordStart[field], this.wordStart[field + 1]);
  }

  private decode(field: number): string {
    const { text, tokens } = this.packed;
    const reader = new NumberReader(text, this.textStart[field]);
    let out = '';
    let afterWord = false;
    for (let token = reader.next(); token !== END; token = reader.next()) {
      const isWord = this.tokenIsWord[token];
      out += (isWord && afterWord ? ' ' : '') + tokens[token - 1];
      afterWord = isWord;
    }
    return out;
  }
}
