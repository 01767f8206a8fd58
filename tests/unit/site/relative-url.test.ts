import { describe, expect, it } from 'vitest';
import { isExternalHref, relativeHref, resolveHref } from '../../../src/site/relative-url';

describe('relativeHref', () => {
  it('links pages in the same folder by file name', () => {
    expect(relativeHref('index.html', 'a-i-1.html')).toBe('a-i-1.html');
    expect(relativeHref('van-ban/nq-27.html', 'van-ban/index.html')).toBe('index.html');
  });
  it('climbs out of sub-folders', () => {
    expect(relativeHref('van-ban/nq-27.html', 'a-i-1.html#muc')).toBe('../a-i-1.html#muc');
    expect(relativeHref('a/b/c.html', 'a/d.html')).toBe('../d.html');
  });
  it('descends into sub-folders', () => {
    expect(relativeHref('index.html', 'van-ban/index.html')).toBe('van-ban/index.html');
  });
  it('keeps a bare fragment or query', () => {
    expect(relativeHref('a.html', '#x')).toBe('#x');
    expect(relativeHref('a.html', 'tim-kiem.html?q=dang')).toBe('tim-kiem.html?q=dang');
  });
  it('refuses root-absolute and folder URLs', () => {
    expect(() => relativeHref('index.html', '/a.html')).toThrow(/must be a file path/);
    expect(() => relativeHref('index.html', 'van-ban/')).toThrow(/must be a file path/);
  });
});

describe('resolveHref', () => {
  it('is the inverse of relativeHref', () => {
    for (const [from, to] of [
      ['index.html', 'van-ban/nq-27.html'],
      ['van-ban/nq-27.html', 'a-i-1.html'],
      ['a/b/c.html', 'a/d.html'],
    ]) {
      expect(resolveHref(from, relativeHref(from, to))).toBe(to);
    }
  });
  it('drops fragment and query', () => {
    expect(resolveHref('van-ban/x.html', '../a.html#b')).toBe('a.html');
  });
});

describe('isExternalHref', () => {
  it('tells other schemes and hosts from site files', () => {
    expect(isExternalHref('https://smas.edu.vn/')).toBe(true);
    expect(isExternalHref('//cdn.example/x.js')).toBe(true);
    expect(isExternalHref('a-i-1.html')).toBe(false);
  });
});
