import { describe, expect, it } from 'vitest';
import { extractSearchPage } from '../../../src/search/build/records';
import { rankCandidates } from '../../../src/search/candidates';
import { createSearchEngine } from '../../../src/search/engine';
import { excerptAround } from '../../../src/search/excerpt';
import { matchRanges } from '../../../src/search/highlight';
import { OfflineIndex, packSearchIndex } from '../../../src/search/index-format';
import { pagefindPage } from '../../../src/search/pagefind-page';
import { parseQuery, queryState, readQuery, spellingVariants } from '../../../src/search/query';
import { QueryMatcher, scoreText } from '../../../src/search/rank';
import { appendNewResults, mergeResultLists, pageContent } from '../../../src/search/results';
import type { SearchPage } from '../../../src/search/types';
import { RankVocabulary } from '../../../src/search/vocabulary';

describe('readQuery', () => {
  const synonyms = [{ short: 'CCHC', full: 'cải cách hành chính' }];
  it('reads a query once: its state, its spellings with the glossary, and the words to mark', () => {
    const query = readQuery('CCHC ở trường', synonyms);
    expect(query.state).toBe('ok');
    expect(query.spellings.map((s) => s.raw)).toEqual(['CCHC ở trường', 'cải cách hành chính o truong']);
    // "ở" and the glossary spelling's "o" are two spellings of one folded word: both are marked.
    expect(query.marks.terms.map((t) => t.exact)).toEqual(['cchc', 'ở', 'trường', 'cải', 'cách', 'hành', 'chính', 'o', 'truong']);
  });
  it('searches nothing when there are no words', () => {
    expect(readQuery('  ', synonyms)).toMatchObject({ state: 'empty' });
    expect(readQuery('?!', synonyms)).toMatchObject({ state: 'no-words' });
  });
});

describe('parseQuery', () => {
  it('folds terms and remembers whether marks were typed', () => {
    expect(parseQuery('Đảng dang').terms).toEqual([
      { exact: 'đảng', folded: 'dang', hasMarks: true },
      { exact: 'dang', folded: 'dang', hasMarks: false },
    ]);
  });
  it('splits document numbers into their parts and keeps quoted phrases', () => {
    expect(parseQuery('27-NQ/TW').terms.map((t) => t.folded)).toEqual(['27', 'nq', 'tw']);
    expect(parseQuery('"Dân biết, dân bàn" và “dụng nhân”').phrases).toEqual(['dan biet dan ban', 'dung nhan']);
  });
  it('tells empty and punctuation-only queries apart', () => {
    expect(queryState('  ')).toBe('empty');
    expect(queryState('?!… —')).toBe('no-words');
    expect(queryState('<img src=x onerror=alert(1)>')).toBe('ok');
  });
});

describe('spellingVariants (the d/đ gap of Pagefind)', () => {
  it('asks both d and đ for each unmarked d-syllable', () => {
    expect(spellingVariants(parseQuery('dao duc'))).toEqual(['dao duc', 'dao đuc', 'đao duc', 'đao đuc']);
    expect(spellingVariants(parseQuery('dang vien'))).toEqual(['dang vien', 'đang vien']);
  });
  it('takes a marked term as typed', () => {
    expect(spellingVariants(parseQuery('dụng nhân'))).toEqual(['dụng nhân']);
  });
  it('stays within the limit', () => {
    expect(spellingVariants(parseQuery('da de di do du'), 8)).toHaveLength(8);
  });
});

describe('ranking', () => {
  const q = (text: string) => parseQuery(text);
  it('matches folded, prefix and đ = d, and needs every term', () => {
    expect(scoreText({ title: '', content: 'Đảng viên' }, q('dang vien'))).toBeGreaterThan(0);
    expect(scoreText({ title: '', content: 'Đảng ta' }, q('dang vien'))).toBe(0);
    expect(scoreText({ title: '', content: 'chuyển đổi số' }, q('chuy'))).toBeGreaterThan(0);
  });
  it('ranks the exact spelling first when marks were typed', () => {
    const exact = scoreText({ title: '', content: 'đảng' }, q('đảng'));
    const other = scoreText({ title: '', content: 'đang' }, q('đảng'));
    expect(exact).toBeGreaterThan(other);
    expect(scoreText({ title: '', content: 'đảng' }, q('dang'))).toBe(scoreText({ title: '', content: 'đang' }, q('dang')));
  });
  it('weighs the title and words found together', () => {
    expect(scoreText({ title: 'Đạo đức', content: 'x' }, q('dao duc'))).toBeGreaterThan(scoreText({ title: 'x', content: 'Đạo đức' }, q('dao duc')));
    expect(scoreText({ title: '', content: 'đạo đức' }, q('dao duc'))).toBeGreaterThan(scoreText({ title: '', content: 'dục và Đào' }, q('dao duc')));
  });
  it('requires a quoted phrase as a phrase', () => {
    expect(scoreText({ title: '', content: 'dân bàn, dân biết' }, q('"dân biết dân bàn"'))).toBe(0);
    expect(scoreText({ title: '', content: 'Dân biết, dân bàn' }, q('"dân biết dân bàn"'))).toBeGreaterThan(0);
  });
  it('scores words it learns after the query was matched (the http path adds pages as they load)', () => {
    const vocabulary = new RankVocabulary();
    const matcher = new QueryMatcher(q('dao duc "dao duc"'), vocabulary);
    const title = vocabulary.idsOf('Đạo đức');
    const words = [...title, ...vocabulary.idsOf('Về đạo đức công vụ')];
    expect(matcher.score(words, title.length)).toBeGreaterThan(0);
    expect(matcher.score(words, title.length)).toBe(scoreText({ title: 'Đạo đức', content: 'Về đạo đức công vụ' }, q('dao duc "dao duc"')));
  });
  it('numbers a word once whatever its case or Unicode form, and leaves stray marks out', () => {
    const vocabulary = new RankVocabulary();
    expect(vocabulary.idsOf('Đảng ĐẢNG đảng')).toEqual([0, 0, 0]);
    expect(vocabulary.idsOf('Đảng'.normalize('NFD'))).toEqual([0]);
    expect(vocabulary.idsOf('dang \u0301 x')).toEqual([1, 2]);
    expect(vocabulary.folded).toEqual(['dang', 'dang', 'x']);
    expect(vocabulary.foldedId).toEqual([0, 0, 1]);
  });
  it('marks the matching part of each word', () => {
    const text = 'Đạo đức công vụ';
    expect(matchRanges(text, q('dao cong')).map(([a, b]) => text.slice(a, b))).toEqual(['Đạo', 'công']);
    expect(matchRanges('chuyển đổi', q('chuy')).map(([a, b]) => 'chuyển đổi'.slice(a, b))).toEqual(['chuy']);
  });
  it('cuts the excerpt where the query stands', () => {
    const text = `${'mở đầu '.repeat(40)}dụng nhân như dụng mộc ${'kết '.repeat(40)}`;
    expect(excerptAround(text, q('dung nhan nhu dung moc'), 12)).toContain('dụng nhân như dụng mộc');
  });
});

describe('offline engine', () => {
  const pages: SearchPage[] = [
    { url: 'a.html', title: 'Quan điểm của Đảng', segments: [{ id: 'h-a', heading: 'Quan điểm của Đảng', text: 'Đại hội lần thứ VI mở đầu đổi mới.' }] },
    {
      url: 'b.html',
      title: 'Chuyển đổi số',
      segments: [
        { id: 'h-b', heading: 'Chuyển đổi số', text: '' },
        { id: 'ky-so', heading: 'Ký số', text: 'Lãnh đạo thực hiện chữ ký số; SMAS quản lý điểm. <script>alert(1)</script>' },
      ],
    },
  ];
  const engine = createSearchEngine(packSearchIndex(pages));
  it('finds the page and points to the heading that covers the query', () => {
    expect(engine.search(parseQuery('chu ky so')).results[0]).toMatchObject({ url: 'b.html#ky-so', pageTitle: 'Chuyển đổi số', heading: 'Ký số' });
    expect(engine.search(parseQuery('dai hoi')).results[0].url).toBe('a.html#h-a');
  });
  it('finds nothing for an unknown word, and nothing for an empty query', () => {
    expect(engine.search(parseQuery('xyzzy'))).toEqual({ results: [], more: false });
    expect(engine.search(parseQuery(''))).toEqual({ results: [], more: false });
  });
  it('returns text, never markup to run: a script in the text stays text of the excerpt', () => {
    const [result] = engine.search(parseQuery('alert')).results;
    expect(result.excerpt).toContain('<script>alert(1)</script>');
    expect(engine.search(parseQuery('<img src=x onerror=alert(1)>')).results).toEqual([]);
  });
  it('returns a page of results at a time and says when there are more', () => {
    const many = createSearchEngine(
      packSearchIndex(Array.from({ length: 5 }, (_, i) => ({ url: `p${i}.html`, title: `Trang ${i}`, segments: [{ id: '', heading: '', text: 'đạo đức '.repeat(i + 1) }] }))),
    );
    const first = many.search(parseQuery('dao duc'), 2);
    expect(first.results.map((r) => r.url)).toEqual(['p4.html', 'p3.html']);
    expect(first.more).toBe(true);
    const all = many.search(parseQuery('dao duc'), 5);
    expect(all.results.map((r) => r.url).slice(0, 2)).toEqual(['p4.html', 'p3.html']);
    expect(all.more).toBe(false);
  });
});

describe('packed offline index', () => {
  const pages: SearchPage[] = [
    {
      url: 'a.html',
      title: 'Tư tưởng Hồ Chí Minh',
      segments: [
        { id: '', heading: '', text: '(Trích) “Dân biết, dân bàn”  — 27-NQ/TW…' },
        { id: 'h-2', heading: '2. Đạo đức', text: 'đạo đức công vụ; ĐẠO ĐỨC!' },
      ],
    },
    { url: 'b/c.html', title: 'Chỉ tiêu đề', segments: [] },
    { url: 'd.html', title: 'Ý', segments: [{ id: 'x', heading: 'Ý a', text: ' ' }] },
  ];
  const packed = packSearchIndex(pages);
  const index = new OfflineIndex(packed);

  it('gives back every page exactly, separators and case included', () => {
    expect(pages.map((_, i) => index.page(i))).toEqual(pages);
  });
  it('is plain ASCII text, with frequent tokens first', () => {
    expect(packed.text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.tokens.indexOf('đức')).toBeLessThan(packed.tokens.indexOf('công'));
  });
  it('gives each page the words ranking reads in its text: title, then content', () => {
    const vocabulary = new RankVocabulary();
    pages.forEach((page, i) => {
      const words = [...vocabulary.idsOf(page.title), ...vocabulary.idsOf(pageContent(page))].map((id) => vocabulary.exact[id]);
      const { words: ids, titleLength } = index.pageWords(i);
      expect([...ids].map((id) => index.vocabulary.exact[id])).toEqual(words);
      expect(titleLength).toBe(vocabulary.idsOf(page.title).length);
    });
  });
  it('scores every page with the very number scoreText gives its text (so http and file:// agree)', () => {
    const engine = createSearchEngine(packed);
    for (const text of ['dao duc', 'đạo đức', 'dan', '"dân biết dân bàn"', 'nq tw', 'chi tieu', 'y a']) {
      const { results } = engine.search(parseQuery(text));
      expect(results.length, text).toBeGreaterThan(0);
      for (const result of results) {
        const page = pages.find((p) => result.url.split('#')[0] === p.url)!;
        expect(result.score, `${text} ${page.url}`).toBe(scoreText({ title: page.title, content: pageContent(page) }, parseQuery(text)));
      }
    }
  });
  it('fails on an index cut short instead of reading on forever', () => {
    expect(() => new OfflineIndex({ ...packed, text: packed.text.slice(0, -3) })).toThrow(RangeError);
  });
});

describe('pagefindPage', () => {
  it('cuts the content at headings with ids, as the offline index does', () => {
    const page = pagefindPage('x.html', {
      meta: { title: 'Tiêu đề' },
      content: 'Mở đầu. Tiêu đề. Đoạn một. Mục 2. Ý a Ý b',
      anchors: [
        { element: 'h1', id: 'h-x', text: 'Tiêu đề', location: 2 },
        { element: 'li', id: 'y', text: '', location: 6 },
        { element: 'h2', id: 'muc-2', text: 'Mục 2', location: 6 },
      ],
    });
    expect(page).toEqual({
      url: 'x.html',
      title: 'Tiêu đề',
      segments: [
        { id: '', heading: '', text: 'Mở đầu.' },
        { id: 'h-x', heading: 'Tiêu đề', text: 'Đoạn một.' },
        { id: 'muc-2', heading: 'Mục 2', text: 'Ý a Ý b' },
      ],
    });
  });
  it('keeps a page without headings whole', () => {
    expect(pagefindPage('i.html', { meta: {}, content: ' Trang chủ ', anchors: [] }).segments).toEqual([{ id: '', heading: '', text: 'Trang chủ' }]);
  });
});

describe('extractSearchPage', () => {
  it('reads what Pagefind indexes, cut at headings with ids', () => {
    const html = `<html><head><title>T</title></head><body><nav>menu</nav><article data-pagefind-body>
      <h1 id="h-x">Tiêu đề</h1><p>Đoạn <a href="#">một</a>.</p><p class="m" data-pagefind-ignore>bỏ qua</p>
      <h2 id="muc-2">Mục 2</h2><ul><li>Ý a</li><li>Ý b</li></ul><h3>Không id</h3><p>Cuối</p></article></body></html>`;
    expect(extractSearchPage(html, 'x.html')).toEqual({
      url: 'x.html',
      title: 'Tiêu đề',
      segments: [
        { id: 'h-x', heading: 'Tiêu đề', text: 'Đoạn một.' },
        { id: 'muc-2', heading: 'Mục 2', text: 'Ý a Ý b Không id Cuối' },
      ],
    });
  });
  it('skips pages that are not indexed', () => {
    expect(extractSearchPage('<html><body><main>x</main></body></html>', 'y.html')).toBeUndefined();
  });
});

describe('mergeResultLists', () => {
  const r = (url: string, score: number) => ({ url, pageTitle: '', heading: '', excerpt: '', score });
  it('keeps the query’s own results first, then adds pages only the other spellings found', () => {
    const merged = mergeResultLists([r('a.html#x', 1), r('b.html', 0.5)], [[r('a.html#y', 9), r('c.html', 2)], [r('d.html', 3), r('c.html#z', 4)]]);
    expect(merged.map((m) => m.url)).toEqual(['a.html#x', 'b.html', 'c.html#z', 'd.html']);
  });
  it('adds at most `extra` of them', () => {
    expect(mergeResultLists([], [[r('a.html', 1), r('b.html', 2), r('c.html', 3)]], 2).map((m) => m.url)).toEqual(['c.html', 'b.html']);
  });
});

describe('appendNewResults', () => {
  const r = (url: string, score: number) => ({ url, pageTitle: url, heading: '', excerpt: '', score });
  it('keeps the results shown in place and adds only pages not shown yet, in their order', () => {
    const shown = [r('a.html#x', 1), r('b.html', 0.5)];
    const fresh = [r('c.html', 9), r('a.html#y', 3), r('b.html', 0.5), r('d.html', 0.1)];
    expect(appendNewResults(shown, fresh).map((m) => m.url)).toEqual(['a.html#x', 'b.html', 'c.html', 'd.html']);
    expect(appendNewResults([], fresh)).toEqual(fresh);
  });
});

describe('rankCandidates', () => {
  const hit = (id: string, score: number) => ({ id, score });
  it('ranks the pages of all spellings by score, each once, with its better score', () => {
    expect(rankCandidates([[hit('a', 1), hit('b', 5)], [hit('a', 9), hit('c', 2), hit('d', 0.5)]])).toEqual([hit('a', 9), hit('b', 5), hit('c', 2), hit('d', 0.5)]);
  });
  it('keeps the order pages were found in for equal scores', () => {
    expect(rankCandidates([[hit('x', 1)], [hit('y', 1), hit('x', 1)]])).toEqual([hit('x', 1), hit('y', 1)]);
    expect(rankCandidates([])).toEqual([]);
  });
});
