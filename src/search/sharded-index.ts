/**
 * The sharded index, for a site whose compact index (compact-index.ts) grows too large to load
 * in one request. It holds the very records of the compact index, cut so that a query loads
 * only what it needs: the occurrences of the words it can match, then the text of the pages it
 * shows. Every part is a classic script (search-parts/<name>.<version>.js), so it loads over http and from
 * file:// alike.
 *
 * - A word's entry (each spelling apart: "của" and "cửa" are two) lists every occurrence of the
 *   word: in which record (page and record of the page), at which word of the record's text, of
 *   its heading or of its page's title. With them a query rebuilds, for every record that holds
 *   one of its words, that record's words as ranking reads them (rank.ts), the other words left
 *   blank: the scores are those of the compact engine, by construction.
 * - The spellings of a frequent folded word ("cửa", "cứa" for "cua") have a part of their own
 *   (w<i>, `directory.words[i]`), and so has each frequent very common word (c<i>,
 *   `directory.common[i]`: "của"), which a query loads only when it can match it (termMatch in
 *   rank.ts: "một cửa" does not load "của"). The other words share a part with the words whose
 *   folded spelling begins with the same two letters (b<i>, `directory.buckets[i]`), and the
 *   directory lists their folded spellings, so that a query loads only a bucket that holds a
 *   word it can match (measured on the 2,000-page site: a third fewer word parts per query for
 *   0.6 KB more in the search page).
 * - Each page's URL, title and records (anchor, heading, text) are a part of their own (p<i>);
 *   pages are numbered in the order of their URLs, the order that breaks ties between results.
 */
import { foldVietnamese } from '../site/fold-vietnamese';
import { COMMON_WORDS } from './common-words';
import type { SearchQuery } from './query';
import { NumberReader, writeNumber } from './packed-numbers';
import { termMatch } from './rank';
import type { SearchPageInfo, SearchRecord, SearchSite } from './types';
import { RankVocabulary } from './vocabulary';

/** What the search page knows before it loads any part: which parts exist. */
export interface ShardDirectory {
  /**
   * Folded words whose spellings, but the very common ones, have a part of their own, sorted,
   * each followed by those spellings (space-separated: "cua cửa cứa"): part `w<i>`.
   */
  words: string[];
  /** Very common words (common-words.ts, as spelled) with a part of their own, sorted: part `c<i>`. */
  common: string[];
  /**
   * The other words, by the first letters of their folded spellings (bucketOf), sorted: each
   * bucket's letters followed by the folded spellings of its words (space-separated: "cu cung
   * cuoc"), or its letters alone when its list did not fit (LISTED_BUCKETS_LENGTH): part `b<i>`
   * holds those words.
   */
  buckets: string[];
  /**
   * A digest of every part: the parts' files carry it in their names (partFile), so that a page
   * opened before the site was built again never reads a part of the new build with its old
   * directory (page numbers and parts change from one build to the next).
   */
  version: string;
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
  /** Word parts (w<i>, c<i>, b<i>): words' entries, one a line. */
  wordParts: Map<string, string>;
  /** Page parts (p<i>). */
  pageParts: Map<string, ShardPage>;
}

/**
 * A word whose entry is at least this long (in characters) gets a part of its own: the frequent
 * words ("đảng", "của") are loaded only by the queries that can match them, while the many rare
 * ones share a part, keeping the directory (written into the search page) short.
 */
export const OWN_PART_LENGTH = 600;

/** The bucket of a folded word: its first two letters. */
function bucketOf(folded: string): string {
  return Array.from(folded).slice(0, 2).join('');
}

export const pagePart = (page: number) => `p${page}`;

/** The file of a part, in the folder of parts: its name and the index's version. */
export const partFile = (name: string, directory: Pick<ShardDirectory, 'version'>) => `${name}.${directory.version}.js`;

/** A short digest of texts (FNV-1a, 32 bits, in base 36): enough to tell one build's parts from another's. */
function digest(texts: string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** Ids the parts are named by: w<i>, c<i>, b<i>. */
const wordPart = (i: number) => `w${i}`;
const commonPart = (i: number) => `c${i}`;
const bucketPart = (i: number) => `b${i}`;

/** Where an occurrence is: which field of a record. */
export const TEXT = 0;
export const HEADING = 1;
export const TITLE = 2;

/** One word's occurrences while the index is being built. */
interface EntryToWrite {
  folded: string;
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
  /** Position in the field's words, per occurrence, in order. */
  at: number[];
}

/** Build time: the sharded index of a site. */
/**
 * How many characters of the search page the buckets' word lists may take (the smallest lists
 * first): a bucket listed is loaded only by a query that can match one of its words, a bucket
 * not listed by every query whose words begin with its letters. The 2,000-page site lists all
 * of its buckets in 5.6 KB (0.6 KB gzip); a site of a larger vocabulary keeps its page light.
 */
export const LISTED_BUCKETS_LENGTH = 16_000;

export function packShardedIndex(site: SearchSite, ownPartLength = OWN_PART_LENGTH, listedBucketsLength = LISTED_BUCKETS_LENGTH): ShardedIndex {
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
      const word = vocabulary.exact[id];
      let entry = entries.get(word);
      if (!entry) entries.set(word, (entry = { folded: vocabulary.folded[id], fields: [[], [], []] }));
      let occurrences = groups.get(word);
      if (!occurrences) {
        groups.set(word, (occurrences = { ...group, at: [] }));
        entry.fields[field].push(occurrences);
      }
      occurrences.at.push(position);
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

  const lines = [...entries.entries()].sort(([a], [b]) => compareUrls(a, b)).map(([word, entry]) => ({ word, folded: entry.folded, line: entryLine(word, entry) }));
  // A very common word stands apart from the other spellings of its folded word.
  const groupOf = ({ word, folded }: { word: string; folded: string }) => (COMMON_WORDS.has(word) ? `c${word}` : `w${folded}`);
  const groupLength = new Map<string, number>();
  for (const line of lines) groupLength.set(groupOf(line), (groupLength.get(groupOf(line)) ?? 0) + line.line.length);
  const own = [...groupLength.keys()].filter((group) => groupLength.get(group)! >= ownPartLength);
  const folded = own.filter((group) => group.startsWith('w')).map((group) => group.slice(1)).sort(compareUrls);
  const words = folded.map((group) => [group, ...lines.filter((line) => groupOf(line) === `w${group}`).map((line) => line.word)].join(' '));
  const common = own.filter((group) => group.startsWith('c')).map((group) => group.slice(1)).sort(compareUrls);
  const ownName = new Map<string, string>([...folded.map((group, i) => [`w${group}`, wordPart(i)] as const), ...common.map((word, i) => [`c${word}`, commonPart(i)] as const)]);
  const rare = new Map<string, Set<string>>();
  for (const { folded } of lines.filter((line) => !ownName.has(groupOf(line)))) {
    if (!rare.has(bucketOf(folded))) rare.set(bucketOf(folded), new Set());
    rare.get(bucketOf(folded))!.add(folded);
  }
  const bucketNames = [...rare.keys()].sort(compareUrls);
  const bucketIndex = new Map(bucketNames.map((bucket, i) => [bucket, i]));
  // The shortest lists first, while they fit; the other buckets are named by their letters alone.
  const lists = new Map(bucketNames.map((bucket) => [bucket, ` ${[...rare.get(bucket)!].join(' ')}`]));
  const listed = new Set<string>();
  let listedLength = 0;
  for (const bucket of [...bucketNames].sort((a, b) => lists.get(a)!.length - lists.get(b)!.length || compareUrls(a, b))) {
    if (listedLength + lists.get(bucket)!.length > listedBucketsLength) break;
    listed.add(bucket);
    listedLength += lists.get(bucket)!.length;
  }
  const buckets = bucketNames.map((bucket) => (listed.has(bucket) ? bucket + lists.get(bucket) : bucket));
  const wordParts = new Map<string, string>();
  for (const entry of lines) {
    const name = ownName.get(groupOf(entry)) ?? bucketPart(bucketIndex.get(bucketOf(entry.folded))!);
    wordParts.set(name, wordParts.has(name) ? `${wordParts.get(name)}\n${entry.line}` : entry.line);
  }
  const pageParts = new Map<string, ShardPage>(
    pages.map((page, p) => [
      pagePart(p),
      { url: page.url, title: page.title, records: recordsOf[p].map((r) => (r.reference ? [r.anchor, r.heading, r.text, 1] : [r.anchor, r.heading, r.text])) },
    ]),
  );
  const version = digest([...wordParts.entries(), ...pageParts.entries()].map(([name, part]) => `${name}\n${typeof part === 'string' ? part : JSON.stringify(part)}`));
  return { directory: { words, common, buckets, version }, wordParts, pageParts };
}

/** The order of URLs and folded words (UTF-16 code units, as `<` compares strings). */
function compareUrls(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A word's line: `word|text|heading|title`. Each field's part lists the pages it occurs in,
 * each written as numbers: the page (after the previous one), how many groups of occurrences,
 * then per group: its first record (after the previous group's), in a record's text times two
 * plus 1 for a reference line; under a heading or in a title, then how many records and which
 * of them are reference lines (their number, then each); then how many occurrences, and each
 * one's position (after the previous one's).
 */
function entryLine(word: string, entry: EntryToWrite): string {
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
        for (const at of group.at) {
          out += writeNumber(at - position);
          position = at;
        }
      }
      g = end;
    }
    return out;
  };
  return [word, ...entry.fields.map(field)].join('|');
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
  /** Per group: its record (recordKey), and 1 when the record is a reference line. */
  keys: Int32Array;
  /** Where each field's groups start, and where the last ends: within a field, groups come in the order of their records. */
  fieldStarts: [number, number, number, number];
  references: Uint8Array;
  /** Per group: where its occurrences are in `positions` (start, end). */
  starts: Int32Array;
  ends: Int32Array;
  /** Per occurrence: its position in the field's words. */
  positions: Int32Array;
}

/** A word's entry in a word part: the word as an id of the vocabulary; its occurrences are read when first needed. */
export class WordEntry {
  private read?: Occurrences;

  constructor(
    readonly id: number,
    private readonly line: string,
  ) {}

  get occurrences(): Occurrences {
    this.read ??= readOccurrences(this.line);
    return this.read;
  }
}

/** Reads a word part into its entries. */
export function readWordPart(part: string, vocabulary: RankVocabulary): WordEntry[] {
  return part.split('\n').map((line) => new WordEntry(vocabulary.idOf(line.slice(0, line.indexOf('|'))), line));
}

/** Reads an entry's line (entryLine) into its occurrences. */
function readOccurrences(line: string): Occurrences {
  const parts = line.split('|');
  // Every number takes a character at least: a line bounds its positions. A heading's or a
  // title's group stands for each record under it, so groups grow as needed.
  const out = new GroupWriter(line.length);
  const positions = new Int32Array(line.length);
  let positionCount = 0;
  const fieldStarts: Occurrences['fieldStarts'] = [0, 0, 0, 0];
  const referenceLines: number[] = [];
  for (let field = TEXT; field <= TITLE; field += 1) {
    fieldStarts[field] = out.count;
    const text = parts[1 + field];
    const reader = new NumberReader(text);
    let page = 0;
    while (reader.at < text.length) {
      page += reader.next();
      let first = 0;
      for (let groups = reader.next(); groups > 0; groups -= 1) {
        let count = 1;
        let reference = 0;
        referenceLines.length = 0;
        if (field === TEXT) {
          const value = reader.next();
          first += value >> 1;
          reference = value & 1;
        } else {
          first += reader.next();
          count = reader.next();
          // Which of the records are reference lines (their place among them).
          for (let n = reader.next(); n > 0; n -= 1) referenceLines.push(reader.next());
        }
        const group = out.count;
        const start = positionCount;
        let position = 0;
        for (let n = reader.next(); n > 0; n -= 1) {
          position += reader.next();
          positions[positionCount++] = position;
        }
        for (let r = 0; r < count; r += 1) out.add(recordKey(page, first + r), reference, start, positionCount);
        for (const line of referenceLines) out.references[group + line] = 1;
      }
    }
  }
  fieldStarts[3] = out.count;
  // Copies of what was used: an entry is kept the whole visit, its buffers are larger.
  return { keys: out.keys.slice(0, out.count), fieldStarts, references: out.references.slice(0, out.count), starts: out.starts.slice(0, out.count), ends: out.ends.slice(0, out.count), positions: positions.slice(0, positionCount) };
}

/** The groups of an entry as they are read, in typed arrays that double when full. */
class GroupWriter {
  keys: Int32Array;
  references: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  count = 0;

  constructor(capacity: number) {
    this.keys = new Int32Array(capacity);
    this.references = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  add(key: number, reference: number, start: number, end: number): void {
    if (this.count === this.keys.length) this.grow();
    this.keys[this.count] = key;
    this.references[this.count] = reference;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }

  private grow(): void {
    const size = this.keys.length * 2 + 16;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T) => (to.set(from), to);
    this.keys = copy(this.keys, new Int32Array(size));
    this.references = copy(this.references, new Uint8Array(size));
    this.starts = copy(this.starts, new Int32Array(size));
    this.ends = copy(this.ends, new Int32Array(size));
  }
}

/**
 * The word parts that hold every word a query's terms can match (rank.ts, termMatch): the
 * spellings of the word typed, folded; the very common words only as typed; and for the last
 * word typed, the words it may begin. A listed bucket is named when it holds the word typed,
 * folded, or, for the last word typed, a word it may begin (its words' spellings are not in the
 * directory); a bucket not listed, whenever it may. The directory's lists are sorted (a space
 * before any letter: "cu cú" before "cua cửa"), so a term looks only where the words it begins
 * stand.
 */
export function partsFor(query: SearchQuery, directory: ShardDirectory): string[] {
  const names = new Set<string>();
  const { words, common, buckets } = directory;
  for (const term of query.terms) {
    for (let i = firstFrom(words, term.folded); i < words.length && words[i].startsWith(term.folded); i += 1) {
      const [folded, ...spellings] = words[i].split(' ');
      if (spellings.some((exact) => termMatch(folded, exact, term).weight > 0)) names.add(wordPart(i));
    }
    common.forEach((exact, i) => termMatch(foldVietnamese(exact), exact, term, true).weight > 0 && names.add(commonPart(i)));
    // Every word that begins with the term is in a bucket that begins with its first letters;
    // a bucket whose words are not listed may hold any of them.
    for (let i = firstFrom(buckets, bucketOf(term.folded)); i < buckets.length && buckets[i].startsWith(bucketOf(term.folded)); i += 1) {
      const [letters, ...folded] = buckets[i].split(' ');
      const unlisted = folded.length === 0 && (term.last || letters === bucketOf(term.folded));
      if (unlisted || folded.some((word) => (term.last ? word.startsWith(term.folded) : word === term.folded))) names.add(bucketPart(i));
    }
  }
  return [...names];
}

/** Where the entries of a sorted list that begin with `prefix` start (the first one not before it). */
function firstFrom(list: string[], prefix: string): number {
  let low = 0;
  for (let high = list.length; low < high; ) {
    const middle = (low + high) >> 1;
    if (list[middle] < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}
