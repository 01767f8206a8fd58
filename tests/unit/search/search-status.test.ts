import { describe, expect, it } from 'vitest';
import { searchStatus, wordList, type SearchFound } from '../../../src/search/search-status';
import { t } from '../../../src/site/ui-strings';

const found = (over: Partial<SearchFound>): SearchFound => ({ count: 0, more: false, partial: false, typedWithMarks: true, absent: [], severalWords: true, notAsTyped: [], ...over, whole: over.whole ?? (over.partial ? 0 : (over.count ?? 0)) });

describe('the search status line', () => {
  it('counts the results, and says when there are more', () => {
    expect(searchStatus(found({ count: 3 }), t)).toBe('Tìm thấy 3 kết quả cho “{query}”.');
    expect(searchStatus(found({ count: 10, more: true }), t)).toMatch(/^10 kết quả phù hợp nhất cho “\{query\}”\. Còn nữa/);
  });
  it('for none, advises typing without marks only to whom typed some, and names the words no page holds', () => {
    expect(searchStatus(found({}), t)).toContain('hoặc gõ không dấu');
    expect(searchStatus(found({ typedWithMarks: false }), t)).not.toContain('không dấu');
    expect(searchStatus(found({ absent: ['xyz', 'abc'] }), t)).toContain('Không trang nào có từ “xyz” hay “abc”.');
    // A query of one word: the count says it all.
    expect(searchStatus(found({ absent: ['xyz'], severalWords: false }), t)).not.toContain('Không trang nào');
  });
  it('says when the results have only some of the words, or the words only spelled otherwise', () => {
    expect(searchStatus(found({ count: 2, partial: true, absent: ['xyz'] }), t)).toBe('Không có kết quả nào có đủ mọi từ của “{query}”. Không trang nào có từ “xyz”. Các kết quả dưới đây chỉ trùng một phần với từ cần tìm.');
    expect(searchStatus(found({ count: 2, notAsTyped: ['tớ'] }), t)).toBe('Tìm thấy 2 kết quả cho “{query}”. Không trang nào có từ “tớ” viết đúng dấu như đã gõ: các kết quả dưới đây có từ viết gần giống.');
  });
  it('says how many results have every word of a phrase, when those after them have only some', () => {
    expect(searchStatus(found({ count: 10, whole: 1 }), t)).toBe('Tìm thấy 1 kết quả có đủ mọi từ của “{query}”. Các kết quả sau đó chỉ trùng một phần với từ cần tìm.');
    // More than are shown: the button's hint ends the line, whatever came before it.
    expect(searchStatus(found({ count: 10, whole: 1, more: true }), t)).toBe('Tìm thấy 1 kết quả có đủ mọi từ của “{query}”. Các kết quả sau đó chỉ trùng một phần với từ cần tìm. Còn nữa: bấm “Xem thêm kết quả” ở cuối danh sách.');
    expect(searchStatus(found({ count: 10, partial: true, more: true }), t)).toMatch(/chỉ trùng một phần với từ cần tìm\. Còn nữa: bấm “Xem thêm kết quả” ở cuối danh sách\.$/);
    expect(searchStatus(found({ count: 10, more: true }), t).match(/Còn nữa/g)).toHaveLength(1);
    // After the words found only spelled otherwise too, once, at the end.
    const spelled = searchStatus(found({ count: 10, more: true, notAsTyped: ['tớ'] }), t);
    expect(spelled.match(/Còn nữa/g)).toHaveLength(1);
    expect(spelled).toMatch(/^10 kết quả phù hợp nhất cho “\{query\}”\. Không trang nào có từ “tớ”.*\. Còn nữa: bấm “Xem thêm kết quả” ở cuối danh sách\.$/);
    expect(searchStatus(found({ count: 5, whole: 2, notAsTyped: ['đày'] }), t)).toBe('Tìm thấy 2 kết quả có đủ mọi từ của “{query}”, nhưng viết gần giống: không trang nào có từ “đày” viết đúng dấu như đã gõ. Các kết quả sau đó chỉ trùng một phần với từ cần tìm.');
    const notice = { key: 'search.notCited' as const, vars: { kind: 'nghị định', number: '99/2020/NĐ-CP', section: '' } };
    expect(searchStatus(found({ notice, count: 4, whole: 2 }), t)).toBe('Đề cương không viện dẫn nghị định số 99/2020/NĐ-CP. Tìm thấy 2 kết quả có đủ mọi từ của “{query}”. Các kết quả sau đó chỉ trùng một phần với từ cần tìm.');
  });
  it('says first that the outline does not cite a document the query names, then what was found', () => {
    const notice = { key: 'search.notCited' as const, vars: { kind: 'nghị định', number: '99/2020/NĐ-CP', section: '' } };
    expect(searchStatus(found({ notice }), t)).toBe('Đề cương không viện dẫn nghị định số 99/2020/NĐ-CP.');
    expect(searchStatus(found({ notice, count: 1 }), t)).toBe('Đề cương không viện dẫn nghị định số 99/2020/NĐ-CP. Tìm thấy 1 kết quả cho “{query}”.');
    expect(searchStatus(found({ notice, count: 1, partial: true }), t)).toBe('Đề cương không viện dẫn nghị định số 99/2020/NĐ-CP. Các kết quả dưới đây chỉ trùng một phần với từ cần tìm.');
  });
  it('names words in a list as a sentence does', () => {
    expect(wordList(['a'], t)).toBe('“a”');
    expect(wordList(['a', 'b', 'c'], t)).toBe('“a”, “b” hay “c”');
  });
});
