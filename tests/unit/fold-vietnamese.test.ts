import { describe, expect, it } from 'vitest';
import { collapseWhitespace, foldVietnamese } from '../../src/lib/fold-vietnamese';

describe('foldVietnamese', () => {
  it('removes tone marks, vowel marks and the stroke of đ, and lowers case', () => {
    expect(foldVietnamese('Đại hội Đảng')).toBe('dai hoi dang');
    expect(foldVietnamese('dụng nhân như dụng mộc')).toBe('dung nhan nhu dung moc');
    expect(foldVietnamese('ƯỚC LƯỢNG ă â ê ô ơ ư')).toBe('uoc luong a a e o o u');
  });
  it('folds decomposed input the same as composed input', () => {
    expect(foldVietnamese('Đảng'.normalize('NFD'))).toBe(foldVietnamese('Đảng'));
  });
  it('keeps digits and punctuation', () => {
    expect(foldVietnamese('27-NQ/TW')).toBe('27-nq/tw');
  });
});

describe('collapseWhitespace', () => {
  it('turns runs of spaces, tabs, newlines and no-break spaces into one space', () => {
    expect(collapseWhitespace('  a\u00a0 b\n\tc ')).toBe('a b c');
  });
});
