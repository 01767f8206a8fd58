/** Scoring only the records that can reach the first pages (src/search/best-first.ts). */
import { describe, expect, it } from 'vitest';
import { fromOtherRecords, scoreBestFirst, type Candidates } from '../../../src/search/best-first';
import { MORE_RECORDS_WEIGHT } from '../../../src/search/rank';
import { rankPages } from '../../../src/search/results';

/** Records on pages, each with a score and a bound above it by some slack; a few scores tie. */
function candidates(count: number, pages: number, slack: number, seed: number): Candidates & { scored: number } {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2147483648), state / 2147483648);
  const page = Array.from({ length: count }, () => Math.floor(next() * pages)).sort((a, b) => a - b);
  const score = Array.from({ length: count }, () => (next() < 0.1 ? 5 : 0.1 + Math.round(next() * 200) / 10));
  const bound = score.map((s) => s + next() * slack);
  const onPage = new Map<number, number>();
  for (const p of page) onPage.set(p, (onPage.get(p) ?? 0) + 1);
  const out = {
    count,
    scored: 0,
    page: (slot: number) => page[slot],
    bound: (slot: number) => bound[slot],
    fromOtherRecords: (slot: number) => fromOtherRecords(onPage.get(page[slot])!),
    score: (slot: number) => (out.scored += 1, score[slot]),
  };
  return out;
}

/** The first `wanted` pages (and their records, scores) that ranking every record gives, and the ones best-first gives. */
function firstPages(c: Candidates, wanted: number) {
  const url = (slot: number) => String(c.page(slot)).padStart(6, '0');
  const matches = new Map<number, number>();
  for (let slot = 0; slot < c.count; slot += 1) matches.set(c.page(slot), (matches.get(c.page(slot)) ?? 0) + 1);
  const all = rankPages(Array.from({ length: c.count }, (_, slot) => ({ record: slot, url: url(slot), score: c.score(slot) }))).slice(0, wanted);
  const { slots, scores } = scoreBestFirst(c, wanted);
  const some = rankPages(slots.map((slot, i) => ({ record: slot, url: url(slot), score: scores[i], matchesOnPage: matches.get(c.page(slot)) }))).slice(0, wanted);
  const shown = (list: typeof all) => list.map(({ record, url, score }) => [record, url, score]);
  return { all: shown(all), some: shown(some) };
}

describe('scoring best first', () => {
  it('ranks the first pages as scoring every record does (ties, a page\'s other records), for several sizes and bounds', () => {
    for (const [count, pages, slack, wanted] of [[5000, 800, 2, 11], [5000, 800, 10, 11], [3000, 40, 1, 26], [500, 500, 0, 1], [20, 3, 5, 11]]) {
      const { all, some } = firstPages(candidates(count, pages, slack, count + pages), wanted);
      expect(some, `${count} records, ${pages} pages, slack ${slack}, ${wanted} wanted`).toEqual(all);
      expect(all.length).toBe(Math.min(wanted, pages));
    }
  });
  it('counts what a page gains from its other records: a page of many records passes one of a single better record', () => {
    // Page 0: one record of 10. Page 1: its best record 9.8, and ten more (each adds a little).
    const scores = [10, 9.8, ...Array<number>(10).fill(1)];
    const c: Candidates = { count: scores.length, page: (slot) => (slot === 0 ? 0 : 1), bound: (slot) => scores[slot], fromOtherRecords: (slot) => fromOtherRecords(slot === 0 ? 1 : 11), score: (slot) => scores[slot] };
    // Page 1 can give the most (9.8 and what ten records add): scored first, it leaves page 0 behind.
    const { slots } = scoreBestFirst(c, 1);
    expect(slots).toEqual([1]);
    expect(firstPages(c, 1).some).toEqual([[1, '000001', 9.8 + 10 * MORE_RECORDS_WEIGHT]]);
  });
  it('scores only the records that can reach them when the bounds are close', () => {
    const c = candidates(5000, 800, 2, 1);
    scoreBestFirst(c, 11);
    expect(c.scored).toBeGreaterThan(11);
    expect(c.scored).toBeLessThan(5000 / 5);
  });
  it('scores every record when there are fewer than the pages wanted, and reads no bound', () => {
    const c = { ...candidates(8, 8, 1, 3), bound: () => Number.NaN };
    const { slots } = scoreBestFirst(c, 11);
    expect(slots).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
