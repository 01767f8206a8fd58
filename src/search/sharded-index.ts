/**
 * The sharded index, for a site whose compact index (index-format.ts) grows too large to load
 * in one request. It holds the very records of the compact index, cut so that a query loads
 * only what it needs: the occurrences of the words it can match, then the text of the pages it
 * shows. Every part is a classic script (search/<name>.js), so it loads over http and from
 * file:// alike.
 *
 * - A folded word's entry ("cua": của, cửa, …) lists every occurrence of each of its spellings:
 *   in which record (page and record of the page), at which word of the record's text, of its
 *   heading or of its page's title. With them a query rebuilds, for every record that holds one of
 *   its words, that record's words as ranking reads them (rank.ts), the other words left blank:
 *   the scores are those of the compact engine, by construction.
 * - A frequent folded word has a part of its own (w<i>, `directory.words[i]`); the others share a
 *   part with the words that begin with the same two letters (b<i>, `directory.buckets[i]`).
 * - Each page's URL, title and records (anchor, heading, text) are a part of their own (p<i>);
 *   pages are numbered in the order of their URLs, the order that breaks ties between results.
 */
import type { SearchQuery } from './query';
import { NumberReader, writeNumber } from './packed-numbers';
import type { SearchPageInfo, SearchRecord, SearchSite } from './types';
import { RankVocabulary } from './vocabulary';

/** What the search page knows before it loads any part: which parts exist. */
export interface ShardDirectory {
  /** Folded words with a part of their own, sorted: part `w<i>`. */
  words: string[];
  /** First letters (bucketOf) of the other folded words, sorted: part `b<i>` holds all of their words. */
  buckets: string[];
}

/** A page as its part carries it: URL, title, and [anchor, heading, text, 1 for a reference line] per record. */
export interface ShardPage {
  url: string;
  title: string;
  records: Array<[string, string, string] | [string, string, string, 1]>;
}

/** The parts of a sharded index by name, and its directory. */
export interface ShardedIndex {
  directory: ShardDirectory;
  /** Word parts (w<i>, b<i>): folded words' entries, one a line. */
  wordParts: Map<string, string>;
  /** Page parts (p<i>). */
  pageParts: Map<string, ShardPage>;
}

/**
 * A folded word whose entry is at least this long (in characters) gets a part of its own: the
 * frequent words ("dang", "cua") are loaded only by the queries that need them, while the many
 * rare ones share a part, keeping the directory (written into the search page) short.
 */
export const OWN_PART_LENGTH = 600;

/** The bucket of a folded word: its first two letters. */
export function bucketOf(folded: string): string {
  return Array.from(folded).slice(0, 2).join('');
}

export const pagePart = (page: number) => `p${page}`;

/** Ids the parts are named by: w<i>, b<i>. */
const wordPart = (i: number) => `w${i}`;
const bucketPart = (i: number) => `b${i}`;

/** Where an occurrence is: which field of a record. */
export const TEXT = 0;
export const HEADING = 1;
export const TITLE = 2;

/** One folded word's occurrences while the index is being built. */
interface EntryToWrite {
  spellings: string[];
  /** Per field (TEXT, HEADING, TITLE): groups of occurrences. */
  fields: [GroupToWrite[], GroupToWrite[], GroupToWrite[]];
}

/**
 * Occurrences of a word in one field: a record's text; or a heading, for the records under it;
 * or a page's title, for every record of the page. `first` and `count` say which records of
 * page `page`; `references`, which of them are reference lines (they count half).
 */
interface GroupToWrite {
  page: number;
  first: number;
  count: number;
  references: number[];
  /** Position in the field's words and spelling, per occurrence, in order. */
  at: Array<[number, number]>;
}

/** Build time: the sharded index of a site. */
export function packShardedIndex(site: SearchSite): ShardedIndex {
  // Pages in the order of their URLs: equal scores are ordered by URL on every path.
  const order = site.pages.map((_, i) => i).sort((a, b) => compareUrls(site.pages[a].url, site.pages[b].url));
  const pageNumber = new Map(order.map((old, i) => [old, i]));
  const recordsOf: SearchRecord[][] = site.pages.map(() => []);
  for (const record of site.records) recordsOf[pageNumber.get(record.page)!].push(record);
  const pages: SearchPageInfo[] = order.map((old) => site.pages[old]);
  if (pages.length > MAX_PAGES) throw new Error(`The search index holds at most ${MAX_PAGES} pages; this site has ${pages.length}.`);
  const crowded = pages.findIndex((_, p) => recordsOf[p].length > RECORDS_PER_PAGE);
  if (crowded >= 0) throw new Error(`${pages[crowded].url}: the search index holds at most ${RECORDS_PER_PAGE} paragraphs a page; this page has ${recordsOf[crowded].length}.`);

  const vocabulary = new RankVocabulary();
  const entries = new Map<string, EntryToWrite>();
  const add = (field: number, text: string, group: Omit<GroupToWrite, 'at'>) => {
    const groups = new Map<string, GroupToWrite>();
    vocabulary.idsOf(text).forEach((id, position) => {
      const folded = vocabulary.folded[id];
      let entry = entries.get(folded);
      if (!entry) entries.set(folded, (entry = { spellings: [], fields: [[], [], []] }));
      let spelling = entry.spellings.indexOf(vocabulary.exact[id]);
      if (spelling < 0) spelling = entry.spellings.push(vocabulary.exact[id]) - 1;
      let occurrences = groups.get(folded);
      if (!occurrences) {
        groups.set(folded, (occurrences = { ...group, at: [] }));
        entry.fields[field].push(occurrences);
      }
      occurrences.at.push([position, spelling]);
    });
  };
  pages.forEach((page, p) => {
    const records = recordsOf[p];
    const referencesIn = (first: number, count: number) => records.slice(first, first + count).flatMap((r, i) => (r.reference ? [i] : []));
    add(TITLE, page.title, { page: p, first: 0, count: records.length, references: referencesIn(0, records.length) });
    records.forEach((record, r) => {
      add(TEXT, record.text, { page: p, first: r, count: 1, references: record.reference ? [0] : [] });
      // A heading once, for the run of records under it.
      if (record.heading && (r === 0 || records[r - 1].heading !== record.heading)) {
        let count = 1;
        while (r + count < records.length && records[r + count].heading === record.heading) count += 1;
        add(HEADING, record.heading, { page: p, first: r, count, references: referencesIn(r, count) });
      }
    });
  });

  const lines = [...entries.entries()].sort(([a], [b]) => compareUrls(a, b)).map(([folded, entry]) => [folded, entryLine(folded, entry)] as const);
  const words = lines.filter(([, line]) => line.length >= OWN_PART_LENGTH).map(([folded]) => folded);
  const own = new Set(words);
  const buckets = [...new Set(lines.filter(([folded]) => !own.has(folded)).map(([folded]) => bucketOf(folded)))].sort(compareUrls);
  const wordParts = new Map<string, string>();
  for (const [folded, line] of lines) {
    const name = own.has(folded) ? wordPart(words.indexOf(folded)) : bucketPart(buckets.indexOf(bucketOf(folded)));
    wordParts.set(name, wordParts.has(name) ? `${wordParts.get(name)}\n${line}` : line);
  }
  const pageParts = new Map<string, ShardPage>(
    pages.map((page, p) => [
      pagePart(p),
      { url: page.url, title: page.title, records: recordsOf[p].map((r) => (r.reference ? [r.anchor, r.heading, r.text, 1] : [r.anchor, r.heading, r.text])) },
    ]),
  );
  return { directory: { words, buckets }, wordParts, pageParts };
}

/** The order of URLs and folded words (UTF-16 code units, as `<` compares strings). */
function compareUrls(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A folded word's line: `folded|spellings|text|heading|title`. Each field's part lists the pages
 * it occurs in, each written as numbers: the page (after the previous one), how many groups of
 * occurrences, then per group: its first record (after the previous group's), in a record's text
 * times two plus 1 for a reference line; under a heading or in a title, then how many records and
 * which of them are reference lines (their number, then each); then how many occurrences, and
 * each as its position (after the previous one's) times the number of spellings plus its spelling.
 */
function entryLine(folded: string, entry: EntryToWrite): string {
  const spellings = entry.spellings.length;
  const field = (groups: GroupToWrite[], kind: number) => {
    let out = '';
    let page = 0;
    for (let g = 0; g < groups.length; ) {
      let end = g;
      while (end < groups.length && groups[end].page === groups[g].page) end += 1;
      out += writeNumber(groups[g].page - page) + writeNumber(end - g);
      page = groups[g].page;
      let first = 0;
      for (const group of groups.slice(g, end)) {
        if (kind === TEXT) out += writeNumber((group.first - first) * 2 + (group.references.length ? 1 : 0));
        else {
          out += writeNumber(group.first - first) + writeNumber(group.count) + writeNumber(group.references.length);
          for (const r of group.references) out += writeNumber(r);
        }
        first = group.first;
        out += writeNumber(group.at.length);
        let position = 0;
        for (const [at, spelling] of group.at) {
          out += writeNumber((at - position) * spellings + spelling);
          position = at;
        }
      }
      g = end;
    }
    return out;
  };
  return [folded, entry.spellings.join(' '), ...entry.fields.map(field)].join('|');
}

/**
 * The key of a record: sorted, records come in the order of pages, then of their records. Keys
 * stay small integers (fast to look up in the browser): at most MAX_PAGES pages of at most
 * RECORDS_PER_PAGE records each (the build refuses more).
 */
export const recordKey = (page: number, record: number) => page * RECORDS_PER_PAGE + record;
export const pageOfKey = (key: number) => Math.floor(key / RECORDS_PER_PAGE);
export const recordOfKey = (key: number) => key % RECORDS_PER_PAGE;
export const RECORDS_PER_PAGE = 2 ** 13;
export const MAX_PAGES = 2 ** 17;

/**
 * A folded word's occurrences, read: one group per record and field it occurs in (a heading's
 * or a title's occurrences once for each record under it), each pointing at its words.
 */
export interface Occurrences {
  /** Per group: its record (recordKey), its field (TEXT, HEADING, TITLE), 1 when the record is a reference line. */
  keys: Int32Array;
  fields: Uint8Array;
  /** Where each field's groups start, and where the last ends: within a field, groups come in the order of their records. */
  fieldStarts: [number, number, number, number];
  references: Uint8Array;
  /** Per group: where its occurrences are in `positions` and `words` (start, end). */
  starts: Int32Array;
  ends: Int32Array;
  /** Per occurrence: its position in the field's words, and the word (an id of the vocabulary). */
  positions: Int32Array;
  words: Int32Array;
}

/** A folded word's entry in a word part: its spellings as ids of the vocabulary; its occurrences are read when first needed. */
export class WordEntry {
  private read?: Occurrences;

  constructor(
    readonly folded: string,
    readonly ids: number[],
    private readonly line: string,
  ) {}

  get occurrences(): Occurrences {
    this.read ??= readOccurrences(this.line, this.ids);
    return this.read;
  }
}

/** Reads a word part into its entries. */
export function readWordPart(part: string, vocabulary: RankVocabulary): WordEntry[] {
  return part.split('\n').map((line) => {
    const [folded, spellings] = line.split('|', 2);
    return new WordEntry(folded, spellings.split(' ').map((s) => vocabulary.idOf(s)), line);
  });
}

/** Reads an entry's line (entryLine) into its occurrences. */
function readOccurrences(line: string, ids: number[]): Occurrences {
  const parts = line.split('|');
  const spellings = ids.length;
  const keys: number[] = [];
  const fields: number[] = [];
  const references: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const positions: number[] = [];
  const words: number[] = [];
  const fieldStarts: Occurrences['fieldStarts'] = [0, 0, 0, 0];
  for (let field = TEXT; field <= TITLE; field += 1) {
    fieldStarts[field] = keys.length;
    const text = parts[2 + field];
    const reader = new NumberReader(text);
    let page = 0;
    while (reader.at < text.length) {
      page += reader.next();
      let first = 0;
      for (let groups = reader.next(); groups > 0; groups -= 1) {
        let count = 1;
        const referenceLines = new Set<number>();
        if (field === TEXT) {
          const value = reader.next();
          first += value >> 1;
          if (value & 1) referenceLines.add(0);
        } else {
          first += reader.next();
          count = reader.next();
          for (let n = reader.next(); n > 0; n -= 1) referenceLines.add(reader.next());
        }
        const start = positions.length;
        let position = 0;
        for (let n = reader.next(); n > 0; n -= 1) {
          const value = reader.next();
          position += Math.floor(value / spellings);
          positions.push(position);
          words.push(ids[value % spellings]);
        }
        for (let r = 0; r < count; r += 1) {
          keys.push(recordKey(page, first + r));
          fields.push(field);
          references.push(referenceLines.has(r) ? 1 : 0);
          starts.push(start);
          ends.push(positions.length);
        }
      }
    }
  }
  fieldStarts[3] = keys.length;
  return {
    keys: Int32Array.from(keys),
    fields: Uint8Array.from(fields),
    fieldStarts,
    references: Uint8Array.from(references),
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    positions: Int32Array.from(positions),
    words: Int32Array.from(words),
  };
}

/** The word parts that hold every word a query's terms can match (rank.ts: the word itself; for the last one typed, the words it begins). */
export function partsFor(query: SearchQuery, directory: ShardDirectory): string[] {
  const names = new Set<string>();
  for (const term of query.terms) {
    const { folded } = term;
    // The word itself: its own part, or its bucket.
    const own = directory.words.indexOf(folded);
    if (own >= 0) names.add(wordPart(own));
    else if (directory.buckets.includes(bucketOf(folded))) names.add(bucketPart(directory.buckets.indexOf(bucketOf(folded))));
    if (!term.last) continue;
    // The last word typed may be the start of a longer one: every part with words that begin so.
    directory.words.forEach((word, i) => {
      if (word.startsWith(folded)) names.add(wordPart(i));
    });
    directory.buckets.forEach((bucket, i) => {
      if (bucket.startsWith(folded) || folded.startsWith(bucket)) names.add(bucketPart(i));
    });
  }
  return [...names];
}
