import { describe, expect, it } from 'vitest';
import { MORE_RECORDS_WEIGHT, SCORE_FLOOR_OF_BEST } from '../../../src/search/rank';
import { documentPageFirst, mergeResultLists, mergeSpellings, rankPages } from '../../../src/search/results';

const hit = (record: number, url: string, score: number) => ({ record, url, score });

describe('rankPages', () => {
  it('keeps one entry per page, its best record, a little higher for each other record that matches', () => {
    const ranked = rankPages([hit(0, 'a.html', 5), hit(1, 'b.html', 8), hit(2, 'a.html', 9)]);
    expect(ranked.map((r) => [r.record, r.url])).toEqual([[2, 'a.html'], [1, 'b.html']]);
    expect(ranked[0].score).toBeCloseTo(9 + MORE_RECORDS_WEIGHT);
  });
  it('adds nothing to a page for its records that hold the words only as very common ones (rank.ts, rule 7)', () => {
    const common = (record: number, url: string, score: number) => ({ ...hit(record, url, score), common: true });
    const ranked = rankPages([hit(0, 'b.html', 5), common(1, 'b.html', 0.01), common(2, 'b.html', 0.01), hit(3, 'a.html', 5), hit(4, 'a.html', 1)]);
    expect(ranked.map((r) => [r.url, r.score])).toEqual([['a.html', 5 + MORE_RECORDS_WEIGHT], ['b.html', 5]]);
    // A page whose records all hold only very common words gains nothing, and loses nothing.
    expect(rankPages([common(0, 'c.html', 0.01), common(1, 'c.html', 0.01)])[0].score).toBe(0.01);
  });
  it('orders ties by URL, so every path lists them alike', () => {
    expect(rankPages([hit(0, 'b.html', 3), hit(1, 'a.html', 3)]).map((r) => r.url)).toEqual(['a.html', 'b.html']);
  });
  it('leaves out a page under 15 % of the best page, keeps one at the floor', () => {
    const best = 20;
    const ranked = rankPages([hit(0, 'a.html', best), hit(1, 'b.html', best * SCORE_FLOOR_OF_BEST), hit(2, 'c.html', best * SCORE_FLOOR_OF_BEST - 0.01)]);
    expect(ranked.map((r) => r.url)).toEqual(['a.html', 'b.html']);
    expect(SCORE_FLOOR_OF_BEST).toBe(0.15);
    expect(rankPages([])).toEqual([]);
  });
});

describe('mergeResultLists', () => {
  const result = (url: string, score: number) => ({ url, pageTitle: url, heading: '', excerpt: '', score });
  it('keeps the own results first, then up to `extra` pages only the others found, and says when some did not fit', () => {
    const own = [result('a.html#p1', 9)];
    const others = [[result('a.html#p2', 20), result('b.html#p1', 3)], [result('c.html#p1', 5), result('d.html#p1', 1)]];
    expect(mergeResultLists(own, others, 2)).toEqual({ results: [own[0], others[1][0], others[0][1]], leftOut: true });
    expect(mergeResultLists(own, others, 3).leftOut).toBe(false);
    expect(mergeResultLists([], others, 4).results.map((r) => r.url)).toEqual(['a.html#p2', 'c.html#p1', 'b.html#p1', 'd.html#p1']);
  });
  it('puts the pages only the others found first when asked (what was typed was found only spelled otherwise)', () => {
    const own = [result('a.html#p1', 9), result('b.html#p2', 8)];
    const others = [[result('b.html#p1', 3), result('c.html#p1', 5)]];
    // b.html comes first with the passage its other spelling found.
    expect(mergeResultLists(own, others, 2, false)).toEqual({ results: [others[0][1], others[0][0], own[0]], leftOut: false });
    // A page the other spellings found that did not fit is said to be left out; one the query's own results show is not.
    expect(mergeResultLists(own, others, 1, false)).toEqual({ results: [others[0][1], ...own], leftOut: false });
    expect(mergeResultLists([own[0]], others, 1, false)).toEqual({ results: [others[0][1], own[0]], leftOut: true });
  });
});

describe('documentPageFirst', () => {
  const result = (url: string, score: number) => ({ url, pageTitle: url, heading: '', excerpt: '', score });
  const found = [result('a-ii-1.html#a-ii-1-p2', 9), result('van-ban/nq-112.html#van-ban', 8), result('van-ban/nq-27.html#doan-1', 7)];
  it('puts the page of the document named first, linked to its title; the others keep their order', () => {
    expect(documentPageFirst(found, 'van-ban/nq-27.html', 'van-ban').map((r) => r.url)).toEqual(['van-ban/nq-27.html#van-ban', 'a-ii-1.html#a-ii-1-p2', 'van-ban/nq-112.html#van-ban']);
    // The same result moved again is the same object: the page keeps the item it shows.
    expect(documentPageFirst(found, 'van-ban/nq-27.html', 'van-ban')[0]).toBe(documentPageFirst(found, 'van-ban/nq-27.html', 'van-ban')[0]);
  });
  it('makes up nothing: without that page among the results, they stay as they are', () => {
    expect(documentPageFirst(found, 'van-ban/nd-30.html', 'van-ban')).toBe(found);
  });
});

describe('mergeSpellings', () => {
  const result = (url: string, score: number) => ({ url, pageTitle: url, heading: '', excerpt: '', score });
  const own = { results: [result('a.html#p1', 9)], more: false };
  const other = { results: [result('b.html#p1', 3)], more: false };
  const order = (...outcomes: Parameters<typeof mergeSpellings>[0]) => mergeSpellings(outcomes, 10).results.map((r) => r.url);
  it('puts what was typed first, unless it was found only spelled otherwise and another spelling was found as spelled', () => {
    expect(order(own, other)).toEqual(['a.html#p1', 'b.html#p1']);
    expect(order({ ...own, notAsTyped: [1] }, other)).toEqual(['b.html#p1', 'a.html#p1']);
    // Every spelling found only spelled otherwise ("cchc đày"): what was typed stays first.
    expect(order({ ...own, notAsTyped: [1] }, { ...other, notAsTyped: [2] })).toEqual(['a.html#p1', 'b.html#p1']);
    // The other spellings found nothing, or there are none, or the query itself found nothing.
    expect(order({ ...own, notAsTyped: [1] }, { results: [], more: false })).toEqual(['a.html#p1']);
    expect(order({ ...own, notAsTyped: [1] })).toEqual(['a.html#p1']);
    expect(order({ results: [], more: false }, other)).toEqual(['b.html#p1']);
    expect(mergeSpellings([], 10)).toEqual({ results: [], leftOut: false });
  });
});
