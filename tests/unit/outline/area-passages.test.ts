import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/outline/annotate/annotate-section';
import { resolvePassage } from '../../../src/outline/area-passages';

/** The passages of one rendered section, as annotateSection reports them. */
const section: Passage[] = [
  { id: 'a-ii-1-p1', kind: 'p', text: 'Đơn giản hóa thủ tục hành chính. Cắt giảm giấy tờ không cần thiết. Công khai mọi quy trình.', editorial: false },
  { id: 'a-ii-1-p2', kind: 'p', text: 'Theo bản gốc. Đơn giản hóa ở đây là lời biên tập.', editorial: true },
  { id: 'a-ii-1-p3', kind: 'li', text: 'Rà soát văn bản; Xây dựng và hoàn thiện thể chế; Tiếp tục đẩy mạnh cải cách hành chính.', editorial: false },
  { id: 'a-ii-1-p4', kind: 'p', text: 'Tiếp tục đẩy mạnh cải cách hành chính ở cơ sở.', editorial: false },
];

describe('resolvePassage: an area quoting a whole section', () => {
  it('quotes every paragraph and list item of the outline\'s own words, in order, the editor\'s notes left out', () => {
    expect(resolvePassage({ section: 'a-ii-1' }, section)).toEqual([
      { section: 'a-ii-1', paragraph: 'a-ii-1-p1', text: 'Đơn giản hóa thủ tục hành chính. Cắt giảm giấy tờ không cần thiết. Công khai mọi quy trình.' },
      { section: 'a-ii-1', paragraph: 'a-ii-1-p3', text: 'Rà soát văn bản; Xây dựng và hoàn thiện thể chế; Tiếp tục đẩy mạnh cải cách hành chính.' },
      { section: 'a-ii-1', paragraph: 'a-ii-1-p4', text: 'Tiếp tục đẩy mạnh cải cách hành chính ở cơ sở.' },
    ]);
  });
  it('ignores `sentences` when no `starts` is given', () => {
    expect(resolvePassage({ section: 'a-ii-1', sentences: 1 }, section)?.map((q) => q.text)).toEqual([section[0].text, section[2].text, section[3].text]);
  });
  it('gives an empty list, not undefined, for a section with only editor\'s notes or no paragraphs', () => {
    expect(resolvePassage({ section: 's' }, [section[1]])).toEqual([]);
    expect(resolvePassage({ section: 's' }, [])).toEqual([]);
  });
});

describe('resolvePassage: an area quoting from the sentence that begins with `starts`', () => {
  it('takes that sentence and the rest of its paragraph, sentences joined by one space', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Cắt giảm giấy tờ' }, section)).toEqual([
      { section: 'a-ii-1', paragraph: 'a-ii-1-p1', text: 'Cắt giảm giấy tờ không cần thiết. Công khai mọi quy trình.' },
    ]);
  });
  it('takes only `sentences` of them when given', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Đơn giản hóa thủ tục', sentences: 1 }, section)).toEqual([
      { section: 'a-ii-1', paragraph: 'a-ii-1-p1', text: 'Đơn giản hóa thủ tục hành chính.' },
    ]);
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Đơn giản hóa thủ tục', sentences: 2 }, section)?.[0].text).toBe(
      'Đơn giản hóa thủ tục hành chính. Cắt giảm giấy tờ không cần thiết.',
    );
  });
  it('stops at the end of the paragraph when `sentences` asks for more than it holds', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Công khai', sentences: 5 }, section)?.[0].text).toBe('Công khai mọi quy trình.');
  });
  it('counts the parts of a list item between semicolons as sentences', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Xây dựng và hoàn thiện', sentences: 1 }, section)).toEqual([
      { section: 'a-ii-1', paragraph: 'a-ii-1-p3', text: 'Xây dựng và hoàn thiện thể chế;' },
    ]);
  });
  it('quotes the first paragraph where a sentence begins so, not a later one', () => {
    // "Tiếp tục đẩy mạnh cải cách hành chính" begins a sentence in p3 and in p4.
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Tiếp tục đẩy mạnh cải cách hành chính' }, section)).toEqual([
      { section: 'a-ii-1', paragraph: 'a-ii-1-p3', text: 'Tiếp tục đẩy mạnh cải cách hành chính.' },
    ]);
  });
  it('never quotes from an editor\'s note, even where its words match', () => {
    // Only the note (p2) has sentences beginning so; the outline's own p1 begins "Đơn giản hóa thủ tục".
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Theo bản gốc' }, section)).toBeUndefined();
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Đơn giản hóa ở đây' }, section)).toBeUndefined();
  });
  it('is undefined when `starts` begins no sentence: words inside a sentence do not count', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'thủ tục hành chính' }, section)).toBeUndefined();
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Cải cách thể chế' }, section)).toBeUndefined();
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Cắt giảm' }, [])).toBeUndefined();
  });
  it('matches the words as written, case and tone marks included', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'cắt giảm giấy tờ' }, section)).toBeUndefined();
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Cat giam giay to' }, section)).toBeUndefined();
  });
  it('matches the first words of the paragraph itself', () => {
    expect(resolvePassage({ section: 'a-ii-1', starts: 'Rà soát' }, section)).toEqual([
      { section: 'a-ii-1', paragraph: 'a-ii-1-p3', text: section[2].text },
    ]);
  });
});
