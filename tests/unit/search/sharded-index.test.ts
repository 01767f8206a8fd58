/** The sharded index's format (src/search/sharded-index.ts): where each word goes, which parts a query needs, what the build refuses. */
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../../src/search/common-words';
import { parseQuery, type SearchQuery } from '../../../src/search/query';
import { termMatch } from '../../../src/search/rank';
import { packShardedIndex, partFile, partsFor, readWordPart, recordKey, RECORDS_PER_PAGE, TITLE } from '../../../src/search/sharded-index';
import { RankVocabulary } from '../../../src/search/vocabulary';
import type { SearchSite } from '../../../src/search/types';
import { foldVietnamese } from '../../../src/site/fold-vietnamese';

const site: SearchSite = {
  pages: [
    { url: 'b.html', title: 'Cải cách hành chính' },
    { url: 'a.html', title: 'Một cửa' },
  ],
  records: [
    { page: 0, anchor: 'p1', heading: 'Thủ tục', text: 'Cơ chế một cửa, một cửa liên thông của tỉnh.' },
    { page: 1, anchor: 'p1', heading: '', text: 'Cứa vào tay; cửa sổ; của cải.' },
    { page: 1, anchor: 'p2', heading: 'Văn bản', text: 'Nghị định 61/2018', reference: true },
  ],
};

/** The parts that hold a word some term of the query matches (termMatch: what ranking counts). */
function partsHoldingMatches(wordParts: Map<string, string>, query: SearchQuery): string[] {
  return [...wordParts.entries()]
    .filter(([, part]) =>
      part.split('\n').some((line) => {
        const word = line.split('|')[0];
        return query.terms.some((term) => termMatch(foldVietnamese(word), word, term, COMMON_WORDS.has(word)).weight > 0);
      }),
    )
    .map(([name]) => name);
}

describe('sharded index', () => {
  it('puts every word in exactly one part, and the parts are those the directory names', () => {
    for (const ownPartLength of [0, 40, 10_000]) {
      const { directory, wordParts } = packShardedIndex(site, ownPartLength);
      const words = [...wordParts.values()].flatMap((part) => part.split('\n').map((line) => line.split('|')[0]));
      expect(words.length).toBe(new Set(words).size);
      expect(words).toEqual(expect.arrayContaining(['cửa', 'của', 'cứa', 'một', '61', '2018']));
      const named = [...directory.words.map((_, i) => `w${i}`), ...directory.common.map((_, i) => `c${i}`), ...directory.buckets.map((_, i) => `b${i}`)];
      expect([...wordParts.keys()].sort()).toEqual(named.sort());
    }
  });

  it('names for a query every part that holds a word ranking can match, and no part of a very common word not typed', () => {
    // Every word in a part of its own, and every word in a bucket.
    for (const ownPartLength of [10, 10_000]) {
      const { directory, wordParts } = packShardedIndex(site, ownPartLength);
      for (const q of ['một cửa', 'mot cua', 'cu', 'cửa s', 'nghị định 61', 'của']) {
        const query = parseQuery(q);
        expect(partsFor(query, directory), q).toEqual(expect.arrayContaining(partsHoldingMatches(wordParts, query)));
      }
    }
    const { directory } = packShardedIndex(site, 10);
    expect(directory.common).toContain('của');
    const cua = `c${directory.common.indexOf('của')}`;
    expect(partsFor(parseQuery('một cửa'), directory)).not.toContain(cua);
  });

  it('names every part that holds a match for any start of any word, typed last or not, listed buckets or not', () => {
    const varied: SearchSite = {
      pages: [{ url: 'c.html', title: 'Cách làm: các cán bộ' }],
      records: [
        { page: 0, anchor: 'p1', heading: 'Đảng, đoàn', text: 'C cá cà cách cạnh cành 6 61 610 2018 20 đẩy đi Đà Nẵng; cải cách của cửa; hòa, hoà, thuỷ, khỏe.' },
        { page: 0, anchor: 'p2', heading: '', text: 'Kế hoạch 12/KH-CB ngày 20/6/2024; đường, đường đi.', reference: true },
      ],
    };
    const words = [...new Set(varied.records.flatMap((r) => `${r.heading} ${r.text} ${varied.pages[0].title}`.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu)!))];
    const starts = [...new Set(words.flatMap((word) => Array.from(word).map((_, i) => Array.from(word).slice(0, i + 1).join(''))))];
    for (const ownPartLength of [0, 40, 10_000]) {
      for (const listed of [0, 12, 10_000]) {
        const { directory, wordParts } = packShardedIndex(varied, ownPartLength, listed);
        for (const start of starts) {
          for (const q of [start, `${start} zz`, foldVietnamese(start), `${foldVietnamese(start)} zz`]) {
            const query = parseQuery(q);
            expect(partsFor(query, directory), `${q} (own ${ownPartLength}, listed ${listed})`).toEqual(expect.arrayContaining(partsHoldingMatches(wordParts, query)));
          }
        }
      }
    }
  });

  it('lists the words of the smallest buckets, within its budget, and names the others by their letters', () => {
    const { directory } = packShardedIndex(site, 10_000, 12);
    const listed = directory.buckets.filter((bucket) => bucket.includes(' '));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(directory.buckets.length);
    // What the lists add to the page: their words and the spaces before them.
    expect(listed.reduce((sum, bucket) => sum + bucket.length - bucket.split(' ')[0].length, 0)).toBeLessThanOrEqual(12);
    // A bucket not listed is loaded by every word that may be in it.
    const unlisted = directory.buckets.findIndex((bucket) => !bucket.includes(' '));
    const letters = directory.buckets[unlisted];
    expect(partsFor(parseQuery(`${letters}zzz`), directory)).toContain(`b${unlisted}`);
  });

  it('loads a bucket of rare words only when it holds a word the query can match', () => {
    // Every word in a bucket: "cu" holds cua (của, cửa, cứa) and no other word.
    const { directory } = packShardedIndex(site, 10_000);
    const cu = `b${directory.buckets.findIndex((bucket) => bucket.split(' ')[0] === 'cu')}`;
    expect(directory.buckets).toContain('cu cua');
    expect(partsFor(parseQuery('cửa'), directory)).toEqual([cu]);
    // The last word typed may begin a word of the bucket; another word must be one.
    expect(partsFor(parseQuery('cu'), directory)).toEqual([cu]);
    expect(partsFor(parseQuery('cu một'), directory)).not.toContain(cu);
    // No word of the bucket: nothing to load, although the letters are the bucket's.
    expect(partsFor(parseQuery('cửu'), directory)).toEqual([]);
    expect(partsFor(parseQuery('cuộc họp'), directory)).toEqual([]);
  });

  it('names its parts\' files with a digest of the whole index, which changes when any part does', () => {
    const { directory } = packShardedIndex(site);
    const changed = packShardedIndex({ ...site, records: site.records.map((r, i) => (i === 2 ? { ...r, text: 'Nghị định 62/2018' } : r)) }).directory;
    expect(partFile('w0', directory)).toBe(`w0.${directory.version}.js`);
    expect(packShardedIndex(site).directory.version).toBe(directory.version);
    expect(changed.version).not.toBe(directory.version);
  });

  it('reads a title word once for every paragraph of its page, however many (more groups than its line has characters)', () => {
    const records = Array.from({ length: 300 }, (_, i) => ({ page: 0, anchor: `p${i}`, heading: i % 7 === 0 ? 'Mục' : '', text: 'chữ', ...(i % 5 === 0 ? { reference: true } : {}) }));
    const { wordParts } = packShardedIndex({ pages: [{ url: 'dai.html', title: 'Tiêu đề' }], records }, 0);
    const line = [...wordParts.values()].flatMap((part) => part.split('\n')).find((l) => l.startsWith('tiêu|'))!;
    expect(line.length).toBeLessThan(records.length);
    const [entry] = readWordPart(line, new RankVocabulary());
    const { keys, references, fieldStarts } = entry.occurrences;
    const title = Array.from(keys.subarray(fieldStarts[TITLE], fieldStarts[TITLE + 1]));
    expect(title).toEqual(records.map((_, i) => recordKey(0, i)));
    expect(Array.from(references.subarray(fieldStarts[TITLE], fieldStarts[TITLE + 1]))).toEqual(records.map((r) => (r.reference ? 1 : 0)));
  });

  it('refuses a page with more paragraphs than its record numbers hold, naming the page', () => {
    const crowded: SearchSite = { pages: [{ url: 'dai.html', title: 'Dài' }], records: Array.from({ length: RECORDS_PER_PAGE + 1 }, (_, i) => ({ page: 0, anchor: `p${i}`, heading: '', text: 'chữ' })) };
    expect(() => packShardedIndex(crowded)).toThrow(/dai\.html.*8192/);
  });
});
