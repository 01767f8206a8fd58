import { describe, expect, it } from 'vitest';
import { matchRanges } from '../../../src/search/highlight';
import { readQuery, typedWithMarks } from '../../../src/search/query';
import { ordinalSpellings, romanSpellings, toRoman } from '../../../src/search/number-spellings';

describe('a congress number typed in Arabic numerals', () => {
  it('writes 1 to 39 in Roman numerals', () => {
    expect([1, 4, 6, 9, 13, 14, 19, 24, 39].map(toRoman)).toEqual(['i', 'iv', 'vi', 'ix', 'xiii', 'xiv', 'xix', 'xxiv', 'xxxix']);
  });
  it('is also searched in Roman numerals after "đại hội", "khóa", "lần thứ", with or without tone marks, and nowhere else', () => {
    expect(romanSpellings('đại hội 13')).toEqual(['đại hội xiii']);
    expect(romanSpellings('Dai hoi 6 doi moi')).toEqual(['Dai hoi vi doi moi']);
    expect(romanSpellings('Đại hội lần thứ 13 của Đảng')).toEqual(['Đại hội lần thứ xiii của Đảng']);
    expect(romanSpellings('quốc hội khoá 15')).toEqual(['quốc hội khoá xv']);
    // A decree's number, a date, a year: as typed only.
    expect(romanSpellings('nghị định 30')).toEqual([]);
    expect(romanSpellings('đại hội 2021')).toEqual([]);
    expect(romanSpellings('đại hội XIII')).toEqual([]);
    expect(readQuery('đại hội 13', []).spellings.map((q) => q.raw)).toEqual(['đại hội 13', 'đại hội xiii']);
  });
});

describe('a point counted in words typed as a number ("thứ 3")', () => {
  it('writes the number after "thứ" as the outline does, with its marks even when none were typed', () => {
    expect(ordinalSpellings('tồn tại thứ 3')).toEqual(['tồn tại thứ ba']);
    expect(ordinalSpellings('thứ 1')).toEqual(['thứ nhất']);
    expect(ordinalSpellings('thu 4')).toEqual(['thu tư']);
    expect(ordinalSpellings('han che thu 10')).toEqual(['han che thu mười']);
  });
  it('leaves alone a number after anything else, a congress number ("lần thứ 6") and numbers above ten', () => {
    expect(ordinalSpellings('nghị định 30')).toEqual([]);
    expect(ordinalSpellings('đại hội lần thứ 6')).toEqual([]);
    expect(ordinalSpellings('thứ 11')).toEqual([]);
    expect(ordinalSpellings('thứ 0')).toEqual([]);
  });
  it('is searched first, and the query as typed next ("Điều thứ 1" stands so)', () => {
    expect(readQuery('ton tai thu 3', []).spellings.map((q) => q.raw)).toEqual(['ton tai thu ba', 'ton tai thu 3']);
    expect(readQuery('điều thứ 1', []).spellings.map((q) => q.raw)).toEqual(['điều thứ nhất', 'điều thứ 1']);
    expect(readQuery('ton tai thu ba', []).spellings.map((q) => q.raw)).toEqual(['ton tai thu ba']);
  });
  it('keeps what was typed around the number (quotes make a phrase still), and its word begins no other ("ba" is not "bác")', () => {
    const quoted = readQuery('"tồn tại thứ 3"', []).spellings[0];
    expect(quoted.raw).toBe('"tồn tại thứ ba"');
    expect(quoted.phrases).toHaveLength(1);
    const [first] = readQuery('tồn tại thứ 3', []).spellings;
    expect(first.terms.find((term) => term.exact === 'ba')?.last).toBe(false);
  });
  it('leaves a query typed without marks so: its words are marked in every spelling, and a search that finds nothing does not advise typing without marks', () => {
    const query = readQuery('han che thu 4', []);
    expect(query.spellings[0].raw).toBe('han che thu tư');
    expect(typedWithMarks(query.typed)).toBe(false);
    const text = 'còn hạn chế, nhất là thứ tư';
    expect(matchRanges(text, query.marks).map(([a, b]) => text.slice(a, b))).toEqual(['hạn', 'chế', 'thứ', 'tư']);
    expect(typedWithMarks(readQuery('hạn chế thứ 4', []).typed)).toBe(true);
  });
});
