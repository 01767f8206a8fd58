/**
 * The sharded engine: searches a sharded index (sharded-index.ts) with the shared ranking
 * (rank.ts, results.ts), loading only the parts a query needs, each once a visit. Given the same
 * records it returns what the compact engine (compact-engine.ts) returns, result for result: the records
 * that hold the query's words are scored on those words as they stand, the others left blank,
 * highest bound first and only while they can reach the first pages (best-first.ts).
 */
import { fromOtherRecords, scoreBestFirst, type Candidates } from './best-first';
import { COMMON_WORDS } from './common-words';
import type { SearchQuery } from './query';
import { RecordScorer, type RecordWords } from './rank';
import { rankPages, toResult, type ScoredRecord } from './results';
import { pageOfKey, pagePart, partsFor, readWordPart, recordOfKey, TEXT, HEADING, TITLE, type ShardDirectory, type ShardPage, type WordEntry } from './sharded-index';
import { RESULTS_PAGE, type SearchOutcome, type SearchResult } from './types';
import { RankVocabulary } from './vocabulary';

/** Loads a part by name: a word part's text, or a page part. */
export interface PartLoader {
  words(name: string): Promise<string>;
  page(name: string): Promise<ShardPage>;
}

export interface ShardedEngine {
  /**
   * The best `limit` results. `early`, if given, is called with the first results as soon as
   * their pages have arrived (each page is a request), so that a weak link shows the best result
   * before the tenth has come; the promise gives them all.
   */
  search(query: SearchQuery, limit?: number, early?: (first: SearchResult[]) => void): Promise<SearchOutcome>;
  /** Starts loading the word parts a query will need (as it is typed). */
  prepare(query: SearchQuery): void;
}

/** Pages are ranked by number; numbered in the order of their URLs, so equal scores fall in URL order (results.ts). */
const pageKeys: string[] = [];
const pageKey = (page: number) => (pageKeys[page] ??= String(page).padStart(9, '0'));

export function createShardedEngine(directory: ShardDirectory, load: PartLoader): ShardedEngine {
  const vocabulary = new RankVocabulary();
  const wordParts = new Map<string, Promise<WordEntry[]>>();
  const pages = new Map<number, Promise<ShardPage>>();
  /** Loaded once; a part that failed (the connection dropped) is asked again next time. */
  const once = <K, V>(cache: Map<K, Promise<V>>, key: K, start: () => Promise<V>): Promise<V> => {
    let loading = cache.get(key);
    if (!loading) {
      loading = start();
      cache.set(key, loading);
      loading.catch(() => cache.delete(key));
    }
    return loading;
  };
  const words = (name: string) => once(wordParts, name, async () => readWordPart(await load.words(name), vocabulary));
  const page = (n: number) => once(pages, n, () => load.page(pagePart(n)));
  const fieldWords = new FieldWords();

  return {
    prepare(query) {
      for (const name of partsFor(query, directory)) words(name).catch(() => undefined);
    },
    async search(query, limit = RESULTS_PAGE, early) {
      const entries = (await Promise.all(partsFor(query, directory).map(words))).flat();
      const scorer = new RecordScorer(query, vocabulary, COMMON_WORDS);
      if (!scorer.canMatch) return { results: [], more: false };
      const found = collectRecords(entries, scorer);
      // One record's words at a time, in buffers kept between records.
      const record: RecordWords = { text: [], heading: [], title: [], reference: false };
      const terms = new FieldTerms(found, scorer);
      const matchesOnPage = scorer.everyRecordWithTheWordsMatches ? found.recordsPerPage() : undefined;
      const candidates: Candidates = {
        count: found.keys.length,
        page: (slot) => pageOfKey(found.keys[slot]),
        bound: (slot) => scorer.bound(terms.of(TEXT, slot), terms.of(HEADING, slot), terms.of(TITLE, slot), found.reference[slot] === 1),
        // Read only when the records that match are counted (else every record is scored).
        fromOtherRecords: (slot) => (matchesOnPage ? fromOtherRecords(matchesOnPage.get(pageOfKey(found.keys[slot]))!) : 0),
        score: (slot) => {
          record.text = fieldWords.of(TEXT, found, slot);
          record.heading = fieldWords.of(HEADING, found, slot);
          record.title = fieldWords.of(TITLE, found, slot);
          record.reference = found.reference[slot] === 1;
          return scorer.score(record);
        },
      };
      // Every record found matches (rank.ts), unless a quoted phrase must stand in it too: then
      // each is scored, and a page's records that match are those that score.
      const { slots, scores } = scoreBestFirst(candidates, matchesOnPage ? limit + 1 : Infinity);
      const scored: Array<ScoredRecord<number>> = slots.map((slot, i) => {
        const page = pageOfKey(found.keys[slot]);
        return { record: found.keys[slot], url: pageKey(page), score: scores[i], ...(matchesOnPage ? { matchesOnPage: matchesOnPage.get(page) } : {}), ...(found.countsForPage[slot] ? {} : { common: true }) };
      });
      const ranked = rankPages(scored).slice(0, limit + 1);
      const top = ranked.slice(0, limit);
      // Only the pages shown are loaded, for their URL, title and the record's text.
      const results: SearchResult[] = [];
      let ready = 0;
      await Promise.all(
        top.map(async ({ record: key, score }, i) => {
          const { url, title, records } = await page(pageOfKey(key));
          const [anchor, heading, text, reference] = records[recordOfKey(key)];
          results[i] = toResult(url, title, { page: pageOfKey(key), anchor, heading, text, ...(reference ? { reference: true } : {}) }, query, score);
          const before = ready;
          while (ready < top.length && results[ready]) ready += 1;
          if (early && ready > before && ready < top.length) early(results.slice(0, ready));
        }),
      );
      const notAsTyped = ranked.length ? scorer.notAsTyped() : [];
      return { results, more: ranked.length > limit, ...(ranked.length ? { best: ranked[0].score } : {}), ...(notAsTyped.length ? { notAsTyped } : {}) };
    },
  };
}

/**
 * The records that hold every required word of a query (candidates, in the order of records:
 * pages, then their records, as the compact engine reads them), and per record and field the
 * groups of occurrences of the query's words in it, as lists linked through the arrays below.
 */
class FoundRecords {
  /** Per field, per candidate: its first group (an index into the arrays below; -1: none). */
  readonly first: [Int32Array, Int32Array, Int32Array];
  readonly reference: Uint8Array;
  /** Per candidate: 1 when it holds a word of the query that is not very common (it adds to its page's score: rank.ts, rule 7). */
  readonly countsForPage: Uint8Array;
  /** Per group attached: its entry, its index in the entry's occurrences, the next group of the same record and field. */
  readonly groupEntry: Int32Array;
  readonly groupIndex: Int32Array;
  readonly groupNext: Int32Array;
  private attached = 0;

  constructor(
    readonly entries: WordEntry[],
    readonly keys: Int32Array,
    scorer: RecordScorer,
  ) {
    this.first = [new Int32Array(keys.length).fill(-1), new Int32Array(keys.length).fill(-1), new Int32Array(keys.length).fill(-1)];
    this.reference = new Uint8Array(keys.length);
    this.countsForPage = new Uint8Array(keys.length);
    const groups = entries.reduce((sum, entry) => sum + entry.occurrences.keys.length, 0);
    this.groupEntry = new Int32Array(groups);
    this.groupIndex = new Int32Array(groups);
    this.groupNext = new Int32Array(groups);
    entries.forEach((entry, e) => this.attach(e, scorer.countsForPage(entry.id)));
  }

  /** How many candidates of each page add to its score (countsForPage). */
  recordsPerPage(): Map<number, number> {
    const counts = new Map<number, number>();
    this.keys.forEach((key, c) => {
      const page = pageOfKey(key);
      counts.set(page, (counts.get(page) ?? 0) + this.countsForPage[c]);
    });
    return counts;
  }

  /** Links an entry's groups to the candidates they stand in: both in the order of records, field by field. */
  private attach(e: number, counts: boolean): void {
    const { keys, references, fieldStarts } = this.entries[e].occurrences;
    for (let field = 0; field < 3; field += 1) {
      let c = 0;
      for (let g = fieldStarts[field]; g < fieldStarts[field + 1]; g += 1) {
        while (c < this.keys.length && this.keys[c] < keys[g]) c += 1;
        if (c === this.keys.length) break;
        if (this.keys[c] !== keys[g]) continue;
        const at = this.attached++;
        this.groupEntry[at] = e;
        this.groupIndex[at] = g;
        this.groupNext[at] = this.first[field][c];
        this.first[field][c] = at;
        if (references[g]) this.reference[c] = 1;
        if (counts) this.countsForPage[c] = 1;
      }
    }
  }
}

/** The records that hold a word of `entries`, each once, in order. */
function recordsOf(entries: WordEntry[]): Int32Array {
  const all = new Int32Array(entries.reduce((sum, entry) => sum + entry.occurrences.keys.length, 0));
  let at = 0;
  for (const entry of entries) {
    all.set(entry.occurrences.keys, at);
    at += entry.occurrences.keys.length;
  }
  all.sort();
  let unique = 0;
  for (let i = 0; i < all.length; i += 1) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i];
  return all.subarray(0, unique);
}

/** The keys found in both sorted lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i += 1;
    else if (a[i] > b[j]) j += 1;
    else {
      out[n++] = a[i];
      i += 1;
      j += 1;
    }
  }
  return out.subarray(0, n);
}

/** The entries whose words can match the query, and the records that hold every required term (rank.ts: RecordScorer.required). */
function collectRecords(entries: WordEntry[], scorer: RecordScorer): FoundRecords {
  const terms = scorer.query.terms.map((_, t) => t);
  const matches = (entry: WordEntry, t: number) => entry.id >= 0 && scorer.matchOf(entry.id, t) > 0;
  const matching = entries.filter((entry) => terms.some((t) => matches(entry, t)));
  const perTerm = scorer.required.map((t) => recordsOf(matching.filter((entry) => matches(entry, t)))).sort((a, b) => a.length - b.length);
  return new FoundRecords(matching, perTerm.reduce(intersect), scorer);
}

/** Builds a record's field as ranking reads it (ids at their positions, -1 between), in a buffer kept between records. */
class FieldWords {
  private buffers = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

  of(field: number, found: FoundRecords, slot: number): Int32Array {
    let length = 0;
    for (let g = found.first[field][slot]; g >= 0; g = found.groupNext[g]) {
      const occurrences = found.entries[found.groupEntry[g]].occurrences;
      const index = found.groupIndex[g];
      for (let i = occurrences.starts[index]; i < occurrences.ends[index]; i += 1) length = Math.max(length, occurrences.positions[i] + 1);
    }
    if (this.buffers[field].length < length) this.buffers[field] = new Int32Array(length * 2);
    const words = this.buffers[field].subarray(0, length).fill(-1);
    for (let g = found.first[field][slot]; g >= 0; g = found.groupNext[g]) {
      const entry = found.entries[found.groupEntry[g]];
      const { occurrences } = entry;
      const index = found.groupIndex[g];
      for (let i = occurrences.starts[index]; i < occurrences.ends[index]; i += 1) words[occurrences.positions[i]] = entry.id;
    }
    return words;
  }
}

/** How a record's field holds each term (RecordScorer.heldAs: HELD, HELD_COMMON or 0), as RecordScorer.bound reads them, in a buffer kept between records. */
class FieldTerms {
  /** One per field: the three are read together. */
  private readonly buffers: Uint8Array[];
  /** Per entry of the records found, how its word holds each term. */
  private readonly heldBy: Uint8Array[];

  constructor(
    private readonly found: FoundRecords,
    scorer: RecordScorer,
  ) {
    const terms = scorer.query.terms.length;
    this.buffers = [TEXT, HEADING, TITLE].map(() => new Uint8Array(terms));
    this.heldBy = found.entries.map((entry) => Uint8Array.from({ length: terms }, (_, t) => scorer.heldAs(entry.id, t)));
  }

  of(field: number, slot: number): Uint8Array {
    const held = this.buffers[field].fill(0);
    for (let g = this.found.first[field][slot]; g >= 0; g = this.found.groupNext[g]) {
      const by = this.heldBy[this.found.groupEntry[g]];
      for (let t = 0; t < by.length; t += 1) if (by[t] > held[t]) held[t] = by[t];
    }
    return held;
  }
}
