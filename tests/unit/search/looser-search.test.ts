import { describe, expect, it } from 'vitest';
import { createCompactEngine } from '../../../src/search/compact-engine';
import { packSearchIndex } from '../../../src/search/compact-index';
import { addLooser, searchLooser } from '../../../src/search/looser-search';
import { mergeSpellings } from '../../../src/search/results';
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
      { page: 0, anchor: 'a-i-2-p3', heading: '', text: 'Công khai, minh bạch trong hoạt động công vụ.' },
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

  it('after a phrase that few pages hold whole, adds the pages that have some of its words, after those', async () => {
    const typed = parseQuery('công khai thủ tục hành chính');
    const whole = mergeSpellings([engine.search(typed, 10)], 10);
    expect(whole.results.map((result) => result.url)).toEqual(['b-i-2.html#b-i-2-p1']);
    const added = await addLooser(spied().search, typed, whole, 10);
    expect(added?.whole).toBe(1);
    const urls = added!.merged.results.map((result) => result.url);
    expect(urls[0]).toBe('b-i-2.html#b-i-2-p1');
    // "hành chính" of its title, "công khai" of a paragraph.
    expect(urls.slice(1).map((url) => url.replace(/#.*/, ''))).toEqual(['a-i-2.html']);
    // Each page once: the whole result is not found again in part.
    expect(new Set(urls.map((url) => url.replace(/#.*/, ''))).size).toBe(urls.length);
  });
  it('leaves as they are a short query that found something, a phrase found on enough pages, and one in quotation marks', async () => {
    const { search, calls } = spied();
    const short = parseQuery('công khai');
    expect(await addLooser(search, short, mergeSpellings([engine.search(short, 10)], 10), 10)).toBeUndefined();
    const phrase = parseQuery('công khai thủ tục hành chính');
    const found = engine.search(parseQuery('công'), 10).results;
    const three = { results: [found[0], { ...found[0], url: 'x.html' }, { ...found[0], url: 'y.html' }], leftOut: false };
    expect(await addLooser(search, phrase, three, 10)).toBeUndefined();
    // In quotation marks: those words together, and only them.
    const quoted = parseQuery('"công khai thủ tục hành chính"');
    expect(await addLooser(search, quoted, mergeSpellings([engine.search(quoted, 10)], 10), 10)).toBeUndefined();
    expect(calls).toEqual([]);
    // Nothing whole: the looser searches, as always.
    const none = await addLooser(search, parseQuery('công khai thủ tục xyzzy'), { results: [], leftOut: false }, 10);
    expect(none?.whole).toBe(0);
    expect(none?.merged.results[0].url).toBe('b-i-2.html#b-i-2-p1');
  });
});
