import { describe, expect, it } from 'vitest';
import { NumberReader, writeNumber } from '../../../src/search/packed-numbers';

/** The characters that end a number (digits 0–31) and those that go on (digits 0–31 again). */
const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef';
const MORE = 'ghijklmnopqrstuvwxyz0123456789-_';

const readAll = (text: string, count: number) => {
  const reader = new NumberReader(text);
  return Array.from({ length: count }, () => reader.next());
};

describe('writeNumber', () => {
  it('writes 0 to 31 as one character, the last-digit set in order', () => {
    expect(Array.from({ length: 32 }, (_, n) => writeNumber(n)).join('')).toBe(LAST);
  });
  it('writes larger numbers base 32, most significant first, every digit but the last from the other set', () => {
    expect(writeNumber(32)).toBe('hA');
    expect(writeNumber(33)).toBe('hB');
    expect(writeNumber(1023)).toBe('_f');
    expect(writeNumber(1024)).toBe('hgA');
    expect(writeNumber(32 ** 3 - 1)).toBe('__f');
    expect(writeNumber(5 * 32 * 32 + 0 * 32 + 7)).toBe('lgH');
  });
  it('takes one character more at each power of 32', () => {
    for (let digits = 1; digits <= 10; digits += 1) {
      expect(writeNumber(32 ** digits - 1)).toHaveLength(digits);
      expect(writeNumber(32 ** digits)).toHaveLength(digits + 1);
    }
  });
  it('uses only characters that stand unescaped in a JS string, one ending character per number', () => {
    for (const n of [0, 31, 32, 1023, 1024, 123_456_789, Number.MAX_SAFE_INTEGER]) {
      const text = writeNumber(n);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(JSON.stringify(text)).toBe(`"${text}"`);
      expect([...text.slice(0, -1)].every((c) => MORE.includes(c))).toBe(true);
      expect(LAST.includes(text.at(-1)!)).toBe(true);
    }
  });
});

describe('NumberReader', () => {
  it('reads back every number written, one after the other with no separator', () => {
    const numbers = [0, 1, 31, 32, 33, 1023, 1024, 1025, 32 ** 4, 32 ** 4 - 1, 2 ** 31, 2 ** 32 + 7, 0, 0];
    expect(readAll(numbers.map(writeNumber).join(''), numbers.length)).toEqual(numbers);
  });
  it('reads back every number from 0 to 40 000', () => {
    const numbers = Array.from({ length: 40_001 }, (_, n) => n);
    expect(readAll(numbers.map(writeNumber).join(''), numbers.length)).toEqual(numbers);
  });
  it('reads back the largest safe integer exactly', () => {
    const numbers = [Number.MAX_SAFE_INTEGER, 2 ** 52, Number.MAX_SAFE_INTEGER - 1];
    expect(writeNumber(Number.MAX_SAFE_INTEGER)).toHaveLength(11);
    expect(readAll(numbers.map(writeNumber).join(''), 3)).toEqual(numbers);
  });
  it('reads from a given character, and tells where the next number begins', () => {
    const text = 'hA' + 'B' + 'hgA';
    const reader = new NumberReader(text, 2);
    expect(reader.next()).toBe(1);
    expect(reader.at).toBe(3);
    expect(reader.next()).toBe(1024);
    expect(reader.at).toBe(6);
  });
  it('can be moved to another place by setting `at`', () => {
    const reader = new NumberReader('hA_fZ');
    expect(reader.next()).toBe(32);
    reader.at = 4;
    expect(reader.next()).toBe(25);
    reader.at = 0;
    expect(reader.next()).toBe(32);
  });
  it('fails with a RangeError on empty text, and at the end of the text', () => {
    expect(() => new NumberReader('').next()).toThrow(new RangeError('The search index ends in the middle of a record.'));
    const reader = new NumberReader('B');
    expect(reader.next()).toBe(1);
    expect(() => reader.next()).toThrow(RangeError);
  });
  it('fails when the text is cut inside a number, instead of reading on forever', () => {
    // "hgA" is 1024: cut after its first two characters, no digit ends it.
    expect(() => new NumberReader('hg').next()).toThrow(/ends in the middle of a record/);
    expect(() => new NumberReader('B__', 1).next()).toThrow(RangeError);
  });
  it('refuses a damaged copy (a character of no digit) and a number it cannot pack', () => {
    for (const text of ['!', 'h!', 'ệ', 'B C']) {
      const reader = new NumberReader(text);
      expect(() => Array.from({ length: 3 }, () => reader.next()), text).toThrow(/no number/);
    }
    for (const n of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(() => writeNumber(n), String(n)).toThrow(RangeError);
  });
});
