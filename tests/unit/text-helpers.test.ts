import { describe, expect, it } from 'vitest';
import { plainTextFromMdx } from '../../src/lib/mdx-text';
import { countSyllables, firstWordsHint, readingMinutes } from '../../src/lib/reading-time';
import { formatVietnameseDate } from '../../src/lib/vietnamese-date';
import { fillPlaceholders, stringsFor, t } from '../../src/lib/ui-strings';

describe('Vietnamese dates', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatVietnameseDate(new Date('2024-10-15'))).toBe('ngày 15 tháng 10 năm 2024');
    expect(formatVietnameseDate(new Date('2020-03-05'))).toBe('ngày 5 tháng 3 năm 2020');
  });
});

describe('reading time and hints', () => {
  it('counts syllables, not punctuation', () => {
    expect(countSyllables('Cải cách hành chính – CCHC.')).toBe(5);
  });
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes('một')).toBe(1);
    expect(readingMinutes(Array(1000).fill('chữ').join(' '))).toBe(5);
  });
  it('takes the first sentence, cut with an ellipsis when long', () => {
    expect(firstWordsHint('Câu một ngắn. Câu hai.')).toBe('Câu một ngắn.');
    expect(firstWordsHint('a b c d e f', 3)).toBe('a b c…');
    expect(firstWordsHint('  ')).toBe('');
  });
});

describe('plainTextFromMdx', () => {
  it('puts the corrected words where <Fix> stands and drops Markdown markers', () => {
    const body = '### Tiêu đề\n\n- Xây <Fix id="x" /> nhà\n- *nghiêng* và [liên kết](a.html)\n\n<EditorNote id="n" />';
    expect(plainTextFromMdx(body, new Map([['x', 'dựng']]))).toBe('Tiêu đề Xây dựng nhà nghiêng và liên kết');
  });
});

describe('ui strings', () => {
  it('fills placeholders', () => {
    expect(t('page.readingTime', { minutes: 3 })).toBe('3 phút đọc');
    expect(fillPlaceholders('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
  it('hands a page only the strings its script needs', () => {
    const search = stringsFor(['search.']);
    expect(Object.keys(search).length).toBeGreaterThan(5);
    expect(Object.keys(search).every((key) => key.startsWith('search.'))).toBe(true);
  });
});
