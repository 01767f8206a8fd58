/**
 * The sharded engine returns what the compact engine returns, result for result, on a site of
 * many pages made of the outline's own sentences (ties, headings, titles and reference lines
 * included), while loading only a few of its parts per query.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createCompactEngine } from '../../../src/search/compact-engine';
import { packSearchIndex } from '../../../src/search/compact-index';
import { parseQuery, readQuery } from '../../../src/search/query';
import { RecordScorer } from '../../../src/search/rank';
import { createShardedEngine } from '../../../src/search/sharded-engine';
import { packShardedIndex, partsFor } from '../../../src/search/sharded-index';
import type { SearchSite } from '../../../src/search/types';
import { EVERYDAY_QUERIES } from '../../../tools/harness/everyday-queries';
import { TEACHER_QUERIES } from '../../../tools/harness/teacher-queries';
import { SOURCE_TEXT } from '../../support/site';

const SOURCE = readFileSync(SOURCE_TEXT, 'utf8');

/** Pages of the outline's sentences, some repeated (equal scores), under headings, a few as reference lines. */
function outlineSite(pageCount: number): SearchSite {
  const sentences = SOURCE.split(/(?<=[.;:])\s+|\n+/).map((s) => s.trim()).filter((s) => s.split(' ').length >= 3);
  const site: SearchSite = { pages: [], records: [] };
  let next = 0;
  const pick = () => sentences[(next += 7) % sentences.length];
  for (let p = 0; p < pageCount; p += 1) {
    // URLs out of order, so that the sharded index must sort them.
    site.pages.push({ url: `trang-${(p * 37) % pageCount}.html`, title: `Trang ${p}: ${pick().split(' ').slice(0, 6).join(' ')}` });
    for (let r = 0; r < 6; r += 1) {
      const heading = r < 1 ? '' : r < 4 ? pick().split(' ').slice(0, 5).join(' ') : 'Văn bản liên quan';
      site.records.push({ page: p, anchor: `p${r}`, heading, text: r === 5 ? sentences[p % 5] : pick(), ...(r === 4 ? { reference: true } : {}) });
    }
  }
  return site;
}

function shardedEngineOf(site: SearchSite) {
  const index = packShardedIndex(site);
  const loaded: string[] = [];
  const engine = createShardedEngine(index.directory, {
    words: async (name) => (loaded.push(name), index.wordParts.get(name)!),
    page: async (name) => (loaded.push(name), index.pageParts.get(name)!),
  });
  return { index, engine, loaded };
}

const QUERIES = [...EVERYDAY_QUERIES.map(([q]) => q), ...TEACHER_QUERIES.map(([q]) => q), 'của', 'một cửa', 'c', 'dân dân', '"dân biết dân bàn"', '"của dân"', '"nhà nước" dân', '"hành chính"', 'văn bản liên', 'trang 12', 'xyzzy', 'hò', 'hoá', 'hiện đại hoá', 'tuỳ', 'khó', 'đày tớ', 'chuyễn đổi số'];

describe('sharded engine', () => {
  const site = outlineSite(240);
  const compact = createCompactEngine(packSearchIndex(site));

  it('gives the compact engine\'s results for every query, first page and longer', async () => {
    const { engine } = shardedEngineOf(site);
    const differ: string[] = [];
    // Every spelling the page searches: as read (a toneless question spelled), the glossary's, "Bác Hồ" as "Hồ Chí Minh".
    const glossary = [{ short: 'CCHC', full: 'cải cách hành chính' }];
    for (const q of QUERIES) {
      for (const query of readQuery(q, glossary).spellings) {
        for (const limit of [10, 25]) {
          if (JSON.stringify(await engine.search(query, limit)) !== JSON.stringify(compact.search(query, limit))) differ.push(`${query.raw} (${limit})`);
        }
      }
    }
    expect(compact.search(parseQuery('một cửa')).results.length).toBe(10);
    // "đày" found only spelled otherwise ("đây"), both engines say so alike; "tớ", the last word
    // typed, may be the start of "tới".
    expect(compact.search(parseQuery('đày tớ')).notAsTyped).toEqual([0]);
    expect(differ).toEqual([]);
  });

  it('asked for no result (a looser search\'s question: does anything match?), says whether anything matches, as the compact engine does, and loads no page', async () => {
    const { engine, loaded } = shardedEngineOf(site);
    const answers: boolean[] = [];
    for (const q of QUERIES) {
      const query = parseQuery(q);
      const sharded = await engine.search(query, 0);
      expect(sharded, q).toEqual(compact.search(query, 0));
      expect(sharded.more, q).toBe(compact.search(query, 10).results.length > 0);
      answers.push(sharded.more);
    }
    expect(answers).toContain(true);
    expect(answers).toContain(false);
    expect(loaded.filter((name) => name.startsWith('p'))).toEqual([]);
  });

  it('loads only the parts a query needs: a few of its words, and the pages it shows', async () => {
    const { index, engine, loaded } = shardedEngineOf(site);
    const { results } = await engine.search(parseQuery('kỷ luật kỷ cương'));
    expect(results.length).toBeGreaterThan(0);
    const words = loaded.filter((name) => !name.startsWith('p'));
    // At most two for each distinct word typed: its spellings' part and its bucket.
    expect(words.length).toBeLessThanOrEqual(2 * 3);
    expect(words.length).toBeLessThan(index.wordParts.size / 10);
    expect(loaded.filter((name) => name.startsWith('p'))).toHaveLength(results.length);
  });

  it('scores only the records that can reach the first pages of a query of common words, and every one of a quoted phrase', async () => {
    const { engine } = shardedEngineOf(site);
    const scoring = vi.spyOn(RecordScorer.prototype, 'score');
    try {
      /** Records that match (the compact engine scores every record of the site), and records the sharded engine scored. */
      const counted = async (q: string) => {
        scoring.mockClear();
        compact.search(parseQuery(q));
        const matching = scoring.mock.results.filter(({ value }) => value > 0).length;
        scoring.mockClear();
        await engine.search(parseQuery(q));
        return { matching, scored: scoring.mock.calls.length };
      };
      const common = await counted('của dân do dân vì dân');
      expect(common.matching).toBeGreaterThan(100);
      expect(common.scored).toBeLessThan(common.matching / 3);
      const phrase = await counted('"của dân"');
      expect(phrase.matching).toBeGreaterThan(10);
      expect(phrase.scored).toBeGreaterThanOrEqual(phrase.matching);
    } finally {
      scoring.mockRestore();
    }
  });

  it('loads a very common word only when typed so ("một cửa" does not load "của")', async () => {
    const { index, engine, loaded } = shardedEngineOf(site);
    const cua = `c${index.directory.common.indexOf('của')}`;
    expect(index.wordParts.get(cua)?.startsWith('của|')).toBe(true);
    await engine.search(parseQuery('một cửa'));
    expect(loaded).not.toContain(cua);
    await engine.search(parseQuery('mot cua'));
    expect(loaded).toContain(cua);
  });

  it('looks in every part that may hold a longer word only for the last word typed', () => {
    const { directory } = packShardedIndex(site);
    const whole = partsFor(parseQuery('c cải'), directory);
    const prefix = partsFor(parseQuery('cải c'), directory);
    expect(prefix.length).toBeGreaterThan(whole.length + 3);
  });

  it('hands over the first results as their pages arrive, in their final order', async () => {
    const index = packShardedIndex(site);
    // Pages arrive in an order of their own (the later a page's number, the sooner).
    const engine = createShardedEngine(index.directory, {
      words: async (name) => index.wordParts.get(name)!,
      page: (name) => new Promise((resolve) => setTimeout(() => resolve(index.pageParts.get(name)!), 300 - Number(name.slice(1)))),
    });
    const early: string[][] = [];
    const { results } = await engine.search(parseQuery('cải cách hành chính'), 10, (first) => early.push(first.map((r) => r.url)));
    const final = results.map((r) => r.url);
    expect(early.length).toBeGreaterThan(0);
    for (const first of early) {
      expect(first.length).toBeLessThan(final.length);
      expect(first).toEqual(final.slice(0, first.length));
    }
  });

  it('does not lift a page for its records that hold the words typed only as very common words (rank.ts, rule 7), on either engine', async () => {
    // Both pages say "một cửa" once; z.html also says "một … của" four times: typed without
    // marks, "mot cua" finds those too, and they must not put z.html first.
    const tie: SearchSite = {
      pages: [{ url: 'z.html', title: 'Tồn tại' }, { url: 'y.html', title: 'Kết quả' }],
      records: [
        { page: 0, anchor: 'p0', heading: '', text: 'Thủ tục theo cơ chế một cửa liên thông còn ít.' },
        ...[1, 2, 3, 4].map((r) => ({ page: 0, anchor: `p${r}`, heading: '', text: `Một số lĩnh vực của đơn vị thứ ${r}.` })),
        { page: 1, anchor: 'p0', heading: '', text: 'Thủ tục theo cơ chế một cửa tiếp tục được duy trì.' },
      ],
    };
    const compactTie = createCompactEngine(packSearchIndex(tie));
    const { engine } = shardedEngineOf(tie);
    for (const limit of [1, 10]) {
      for (const q of ['mot cua', 'một cửa', 'cơ chế một cửa', 'mot cua lien thong']) {
        const expected = q === 'mot cua lien thong' ? ['z.html#p0'] : ['y.html#p0', 'z.html#p0'];
        expect(compactTie.search(parseQuery(q), limit).results.map((r) => r.url), q).toEqual(expected.slice(0, limit));
        expect(await engine.search(parseQuery(q), limit), q).toEqual(compactTie.search(parseQuery(q), limit));
      }
    }
  });

  it('asks again for a part that failed to load', async () => {
    const index = packShardedIndex(site);
    let fail = true;
    const engine = createShardedEngine(index.directory, {
      words: async (name) => {
        if (fail) throw new Error('offline');
        return index.wordParts.get(name)!;
      },
      page: async (name) => index.pageParts.get(name)!,
    });
    await expect(engine.search(parseQuery('cải cách'))).rejects.toThrow('offline');
    fail = false;
    expect((await engine.search(parseQuery('cải cách'))).results.length).toBeGreaterThan(0);
  });
});
