/**
 * P2: every sentence of the source outline stands in the built pages, word for word,
 * in order; only the corrections listed in content/hieu-dinh differ, and they stand corrected.
 */
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/site/text';
import { mainText, readDist } from '../support/site';
import { listFiles } from '../../src/build/dist-files';
import { DIST } from '../support/site';
import { applyFixes, fixes, LEFTOVERS, missingInOrder, source, sourceUnits, themeIndex } from '../support/source-units';

const fullText = collapseWhitespace(mainText(readDist('toan-van.html')));
const sectionPages = listFiles(DIST).filter((f) => /^(phan-[abc]|[ab]-[ivx-]+\d*)\.html$/.test(f));
const allSectionText = collapseWhitespace(sectionPages.map((f) => mainText(readDist(f))).join('\n'));
const homeText = collapseWhitespace(mainText(readDist('index.html')));

describe('the outline word for word (P2)', () => {
  const units = sourceUnits();

  it('finds a realistic number of text units in the source', () => {
    expect(units.length).toBeGreaterThan(100);
  });

  it('every correction names text that stands in the source', () => {
    for (const fix of fixes) expect(source, `${fix.id}: "${fix.original}"`).toContain(fix.original);
  });

  // The masthead's two columns are read in another order; from the theme on, the source's order.
  const themeAt = themeIndex(units);

  it('the masthead and title lines stand in the full text', () => {
    expect(themeAt).toBeGreaterThan(3);
    const missing = units.slice(0, themeAt).map(applyFixes).filter((u) => !fullText.includes(u));
    expect(missing).toEqual([]);
  });

  it('every sentence stands in the full text, in order, with only the listed corrections', () => {
    expect(missingInOrder(units.slice(themeAt), fullText)).toEqual([]);
  });

  it('every sentence stands on a section page or the home page', () => {
    const missing = units.map(applyFixes).filter((u) => !allSectionText.includes(u) && !homeText.includes(u));
    expect(missing).toEqual([]);
  });

  it('the corrected passages no longer show the typo', () => {
    for (const fix of fixes) {
      expect(fullText, fix.id).not.toContain(fix.original);
      expect(allSectionText, fix.id).not.toContain(fix.original);
    }
  });

  it('restores the sub-section numbers 1, 2, 3 (A.I) and 1–4 (A.II)', () => {
    const headings = [
      '1. Xây dựng nền hành chính thống nhất giữa mục tiêu chính trị và mục tiêu hành chính',
      '2. Xây dựng nền hành chính vì dân phục vụ',
      '3. Xây dựng nền hành chính tinh gọn, hiệu lực, hiệu quả',
      '1. Quan điểm của Đảng ta về cải cách nền hành chính quốc gia',
      '2. Những kết quả về cải cách hành chính nhà nước thời gian qua',
      '3. Những tồn tại hạn chế trong cải cách nền hành chính nhà nước',
      '4. Những nhiệm vụ, giải pháp lớn cơ bản',
    ];
    let from = 0;
    for (const heading of headings) {
      const at = fullText.indexOf(heading, from);
      expect(at, heading).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });

  it('drops the web-page leftovers', () => {
    for (const leftover of LEFTOVERS) expect(fullText).not.toContain(leftover);
  });

  it('the corrections page names every line of the source left out: the leftovers, and the first line (the title, printed once)', () => {
    const corrections = collapseWhitespace(mainText(readDist('hieu-dinh.html')));
    const firstLine = collapseWhitespace(source.split('\n')[0]);
    expect(firstLine).toBe('ĐỀ CƯƠNG SINH HOẠT THEO CHỦ ĐIỂM QUÝ III NĂM 2024');
    for (const line of [...LEFTOVERS, firstLine]) expect(corrections).toContain(`“${line}”`);
    // Printed once: the title part holds it, and no second time.
    expect(fullText.split(firstLine).length - 1).toBe(1);
  });
});
