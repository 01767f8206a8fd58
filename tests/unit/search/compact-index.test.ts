import { describe, expect, it } from 'vitest';
import { CompactIndex, packSearchIndex } from '../../../src/search/compact-index';
import type { SearchSite } from '../../../src/search/types';

const site: SearchSite = {
  pages: [
    { url: 'a-i-3.html', title: '3. Xây dựng nền hành chính tinh gọn' },
    { url: 'van-ban/nq-27.html', title: 'Nghị quyết số 27-NQ/TW' },
  ],
  records: [
    { page: 0, anchor: 'a-i-3-p1', heading: '', text: 'Người nói: “Dụng nhân như dụng mộc”.  Hai  khoảng trắng; GD&ĐT.' },
    { page: 0, anchor: 'muc', heading: 'Về tổ chức', text: 'Tổ chức phải gọn gàng' },
    { page: 1, anchor: '', heading: '', text: 'Số hiệu 27-NQ/TW' },
  ],
};

describe('compact index', () => {
  const packed = packSearchIndex(site);
  const index = new CompactIndex(packed);
  it('gives back every record and title exactly, separators and case included', () => {
    expect(site.records.map((_, r) => index.record(r))).toEqual(site.records);
    expect([0, 1].map((p) => index.title(p))).toEqual(site.pages.map((p) => p.title));
    expect(index.url(1)).toBe('van-ban/nq-27.html');
  });
  it('is plain ASCII text, each distinct token once, the most frequent first', () => {
    expect(packed.text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(packed.tokens).size).toBe(packed.tokens.length);
    expect(packed.tokens[0]).toBe('-');
  });
  it('gives each record the words ranking reads: its text, its heading, its page title', () => {
    const words = index.recordWords(1);
    const exact = (ids: ArrayLike<number>) => Array.from(ids, (id) => index.vocabulary.exact[id]);
    expect(exact(words.text)).toEqual(['tổ', 'chức', 'phải', 'gọn', 'gàng']);
    expect(exact(words.heading)).toEqual(['về', 'tổ', 'chức']);
    expect(exact(words.title)).toEqual(['3', 'xây', 'dựng', 'nền', 'hành', 'chính', 'tinh', 'gọn']);
  });
  it('packs a very large record without overflowing the stack', () => {
    const big = 'đạo đức công vụ '.repeat(150_000);
    const packedBig = packSearchIndex({ pages: [{ url: 'x.html', title: 'X' }], records: [{ page: 0, anchor: '', heading: '', text: big }] });
    expect(new CompactIndex(packedBig).record(0).text).toBe(big);
  });
  it('fails on an index cut short instead of reading on forever', () => {
    expect(() => new CompactIndex({ ...packed, text: packed.text.slice(0, 10) })).toThrow(RangeError);
  });
});
