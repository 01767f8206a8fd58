import { describe, expect, it } from 'vitest';
import { createCompactEngine } from '../../../src/search/compact-engine';
import { packSearchIndex } from '../../../src/search/compact-index';
import { searchLooser } from '../../../src/search/looser-search';
import { parseQuery, type SearchQuery } from '../../../src/search/query';

const engine = createCompactEngine(
  packSearchIndex({
    pages: [
      { url: 'a-i-2.html', title: '2. Xây dựng nền hành chính phục vụ nhân dân' },
      { url: 'b-i-6.html', title: '6. Xây dựng phát triển chính quyền điện tử' },
      { url: 'b-i-2.html', title: '2. Cải cách thủ tục hành chính' },
    ],
    records: [
      { page: 0, anchor: 'a-i-2-p2', heading: '', text: 'Mỗi người cán bộ, công chức cần phải hiểu rằng chức trách của mình là phục vụ nhân dân.' },
      { page: 1, anchor: 'b-i-6-p7', heading: '', text: 'Thực hiện chấm điểm đánh giá công tác chuyển đổi số của Trường năm 2023.' },
      { page: 2, anchor: 'b-i-2-p1', heading: '', text: 'Niêm yết công khai thủ tục hành chính tại trường.' },
    ],
  }),
);

/** The engine's search, with each call it gets: the query and how many results were asked for. */
function spied() {
  const calls: Array<[string, number]> = [];
  const search = (query: SearchQuery, limit: number) => (calls.push([query.raw, limit]), engine.search(query, limit));
  return { search, calls };
}

describe('looser searches', () => {
  it('finds a question typed as a sentence by its other words, and names the words no page holds as typed', async () => {
    const { merged, absent } = await searchLooser(spied().search, parseQuery('trường mình đã làm được gì về chuyển đổi số xyzzy'), 10);
    expect(merged.results[0].url).toBe('b-i-6.html#b-i-6-p7');
    // "làm gì" stands nowhere either, but it is the asking, not a word mistyped: not named.
    expect(absent).toEqual(['xyzzy']);
  });
  it('leaves a missing word out at once whatever its spelling: "khỏe" is searched as "khoẻ"', async () => {
    const { search, calls } = spied();
    const { merged, absent } = await searchLooser(search, parseQuery('chuyển đổi số khỏe'), 10);
    expect(absent).toEqual(['khỏe']);
    expect(calls.filter(([query]) => query.includes(' '))[0]).toEqual(['chuyển đổi số', 0]);
    expect(merged.results[0].url).toBe('b-i-6.html#b-i-6-p7');
  });
  it('asks every looser query first for no result, and searches in full only those that match, until enough', async () => {
    const { search, calls } = spied();
    const { merged } = await searchLooser(search, parseQuery('Bác Hồ dạy cán bộ phải làm gì để phục vụ nhân dân'), 10);
    expect(merged.results[0].url).toBe('a-i-2.html#a-i-2-p2');
    const full = calls.filter(([, limit]) => limit > 0);
    expect(calls.length).toBeGreaterThan(full.length);
    for (const [query] of full) expect(engine.search(parseQuery(query), 0).more, query).toBe(true);
  });
  it('stops when a later search has taken its place', async () => {
    const { search, calls } = spied();
    const { merged, outcomes } = await searchLooser(search, parseQuery('Bác Hồ dạy cán bộ phải làm gì để phục vụ nhân dân'), 10, () => true);
    expect(merged.results).toEqual([]);
    expect(outcomes).toEqual([]);
    // Only the words asked alone, before the first round.
    expect(calls.every(([query]) => !query.includes(' '))).toBe(true);
  });
});
