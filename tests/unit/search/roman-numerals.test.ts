import { describe, expect, it } from 'vitest';
import { readQuery } from '../../../src/search/query';
import { romanSpellings, toRoman } from '../../../src/search/roman-numerals';

describe('a congress number typed in Arabic numerals', () => {
  it('writes 1 to 39 in Roman numerals', () => {
    expect([1, 4, 6, 9, 13, 14, 19, 24, 39].map(toRoman)).toEqual(['i', 'iv', 'vi', 'ix', 'xiii', 'xiv', 'xix', 'xxiv', 'xxxix']);
  });
  it('is also searched in Roman numerals after "đại hội", "khóa", "lần thứ", with or without tone marks, and nowhere else', () => {
    expect(romanSpellings('đại hội 13')).toEqual(['đại hội xiii']);
    expect(romanSpellings('Dai hoi 6 doi moi')).toEqual(['dai hoi vi doi moi']);
    expect(romanSpellings('Đại hội lần thứ 13 của Đảng')).toEqual(['đại hội lần thứ xiii của đảng']);
    expect(romanSpellings('quốc hội khoá 15')).toEqual(['quốc hội khoá xv']);
    // A decree's number, a date, a year: as typed only.
    expect(romanSpellings('nghị định 30')).toEqual([]);
    expect(romanSpellings('đại hội 2021')).toEqual([]);
    expect(romanSpellings('đại hội XIII')).toEqual([]);
    expect(readQuery('đại hội 13', []).spellings.map((q) => q.raw)).toEqual(['đại hội 13', 'đại hội xiii']);
  });
});
