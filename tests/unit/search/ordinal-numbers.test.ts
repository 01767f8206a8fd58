import { describe, expect, it } from 'vitest';
import { ordinalSpellings } from '../../../src/search/ordinal-numbers';
import { readQuery } from '../../../src/search/query';

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
});
