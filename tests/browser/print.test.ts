/**
 * P6, print: Chromium's A4 PDF of the full text has the Party document header and no
 * navigation, and the same number of pages each time; other pages print without navigation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { DIST, ROOT } from '../support/site';

const hasPdftotext = existsSync('/usr/bin/pdftotext');
const enabled = browserTestsEnabled() && (hasPdftotext || (() => {
  const message = 'pdftotext not found: install it with "apt-get install poppler-utils".';
  if (process.env.CI) throw new Error(`${message} The print test must run in CI.`);
  console.warn(`\n!!! SKIPPING PRINT TESTS: ${message}\n`);
  return false;
})());
const ARTIFACTS = join(ROOT, 'test-artifacts/print');
/** Words that only the navigation, buttons and footer use. */
const NAVIGATION = ['Mục lục', 'Trang chủ', 'Bỏ qua, đến nội dung chính', 'Toàn văn đề cương', 'Tìm trong đề cương', '← Mục trước', 'Mục sau →', 'Tài liệu học tập của'];

describe.skipIf(!enabled)('print (A4 PDF from Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function printed(path: string): Promise<{ text: string; pages: number }> {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(DIST, path)).href);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    const file = join(ARTIFACTS, path.replace(/\//g, '_').replace('.html', '.pdf'));
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    return { text, pages: text.split('\f').filter((p) => p.trim()).length };
  }

  it('toan-van.html: the Party document header, no navigation, a stable page count', async () => {
    const first = await printed('toan-van.html');
    const second = await printed('toan-van.html');
    const flat = first.text.replace(/\s+/g, ' ');
    for (const line of ['ĐẢNG ỦY GIÁO DỤC LÝ SƠN', 'CHI BỘ TRƯỜNG THCS AN HẢI', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Lý Sơn, ngày 15 tháng 10 năm 2024', 'ĐỀ CƯƠNG', 'SINH HOẠT THEO CHỦ ĐIỂM QUÝ III NĂM 2024', 'Dương Văn Nông']) {
      expect(flat).toContain(line);
    }
    for (const word of NAVIGATION) expect(flat).not.toContain(word);
    expect(first.pages).toBe(second.pages);
    expect(first.pages).toBeGreaterThanOrEqual(8);
    expect(first.pages).toBeLessThanOrEqual(16);
    // What the site adds prints next to the outline's words (facts.md): an unknown source says so,
    // a replaced law has its status today.
    expect(flat).toContain('“thiếu óc tổ chức”. Lời của: Chủ tịch Hồ Chí Minh (theo đề cương). Nguồn: chưa xác minh được.');
    expect(flat).toContain('Luật Cán bộ, công chức số 22/2008/QH12 Tình trạng (cập nhật 11/2026): Đã được thay thế từ 01/7/2025');
    // The page number stands at the foot of the pages.
    expect(first.text.split('\f')[1].trim().split('\n').at(-1)!.trim()).toBe('2');
    // No heading is left at the foot of a page, its text on the next (B.I's, whose text is B.I.1's …).
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    const headings = parse(readFileSync(join(DIST, 'toan-van.html'), 'utf8')).querySelectorAll('main h2, main h3, main h4, main h5').map((h) => squash(h.text));
    // The last two lines of each page but the last, above its number: a heading of one line is the
    // last line; the end of a longer one, the two lines.
    const pageEnds = first.text.split('\f').filter((sheet) => sheet.trim()).slice(0, -1).map((sheet) => sheet.split('\n').filter((line) => line.trim()).slice(-3, -1).map(squash));
    expect(headings.length).toBeGreaterThan(10);
    expect(pageEnds.every((lines) => lines.length === 2)).toBe(true);
    const headingAtFoot = ([before, last]: string[]) => headings.some((heading) => heading === last || heading.endsWith(`${before} ${last}`));
    expect(pageEnds.filter(headingAtFoot)).toEqual([]);
  });

  it('prints the title black and the reporter centred under the right column', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const path of ['index.html', 'toan-van.html']) {
      await page.goto(pathToFileURL(join(DIST, path)).href);
      // Red prints grey on a school printer.
      expect(await page.$eval('.doc-title__type', (el) => getComputedStyle(el).color), path).toBe('rgb(0, 0, 0)');
    }
    const layout = await page.evaluate(() => {
      const signature = document.querySelector('.signature')!;
      const masthead = document.querySelector('.masthead__right')!.getBoundingClientRect();
      const box = signature.getBoundingClientRect();
      const role = document.querySelector('.signature__role')!;
      return { left: box.left, width: box.width, mastheadLeft: masthead.left, mastheadRight: masthead.right, align: getComputedStyle(signature).textAlign, style: getComputedStyle(role).fontStyle };
    });
    expect(layout.align).toBe('center');
    expect(layout.style).toBe('normal');
    // Under the right column of the masthead: its middle is the column's middle (within a few px).
    expect(Math.abs(layout.left + layout.width / 2 - (layout.mastheadLeft + layout.mastheadRight) / 2)).toBeLessThan(20);
    await page.close();
  });

  it('a blank worksheet prints a date line and names to fill in, and lines in empty answer boxes', async () => {
    const { text } = await printed('phieu-lien-he.html');
    const flat = text.replace(/[ \t]+/g, ' ');
    expect(flat).toContain('……, ngày … tháng … năm 20…');
    expect(flat).not.toMatch(/^\s*,\s*$/m);
    // As wide as A4 paper (210 mm at 96 CSS pixels an inch), so that the page lays out as it prints.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(pathToFileURL(join(DIST, 'phieu-lien-he.html')).href);
    const lines = await page.$$eval('.print-lines', (els) => els.map((el) => [getComputedStyle(el).display, el.getBoundingClientRect().height]));
    expect(lines.length).toBeGreaterThan(5);
    for (const [display, height] of lines) {
      expect(display).toBe('block');
      expect(height).toBeGreaterThan(50);
    }
    // Each count's line to write on stands on its name's line, right after the longest name of its list, the lines in a column.
    const counts = await page.$$eval('.worksheet__counts', (lists) =>
      lists.map((list) => [...list.querySelectorAll('.worksheet__count')].map((row) => {
        // The name's words, not its box (a block as wide as its column).
        const words = document.createRange();
        words.selectNodeContents(row.querySelector('label')!);
        const name = words.getBoundingClientRect();
        const line = row.querySelector('input')!.getBoundingClientRect();
        return { nameRight: name.right, nameTop: name.top, nameBottom: name.bottom, lineLeft: line.left, lineTop: line.top, lineBottom: line.bottom };
      })),
    );
    expect(counts.flat().length).toBeGreaterThan(3);
    for (const list of counts) {
      const widest = Math.max(...list.map((row) => row.nameRight));
      for (const row of list) {
        expect(row.lineTop).toBeLessThan(row.nameBottom);
        expect(row.lineBottom).toBeGreaterThan(row.nameTop);
        expect(row.lineLeft - widest).toBeGreaterThan(0);
        expect(row.lineLeft - widest).toBeLessThan(30);
        expect(row.lineLeft).toBe(list[0].lineLeft);
      }
    }
    // An answer typed in prints instead of the lines.
    await page.emulateMedia({ media: 'screen' });
    await page.fill('textarea[name="area:the-che"]', 'Đã rà soát văn bản.');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('[data-print-for="area:the-che"] + .print-lines', (el) => getComputedStyle(el).display)).toBe('none');
    // Only spaces and blank lines: an empty box, its lines printed (not a blank gap).
    await page.emulateMedia({ media: 'screen' });
    await page.fill('textarea[name="area:the-che"]', '  \n\n ');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('[data-print-for="area:the-che"] + .print-lines', (el) => getComputedStyle(el).display)).toBe('block');
    await page.close();
  });

  it('the slides print one a page, each numbered once: by the slide, not again at the page\'s foot', async () => {
    const { text, pages } = await printed('trinh-chieu.html');
    const sheets = text.split('\f').filter((sheet) => sheet.trim());
    expect(pages).toBeGreaterThan(40);
    sheets.forEach((sheet, i) => {
      const lines = sheet.trim().split('\n').map((line) => line.trim());
      expect(sheet, `page ${i + 1}`).toContain(`Trang ${i + 1}/${pages}`);
      expect(lines.at(-1), `page ${i + 1}`).not.toMatch(/^\d+$/);
    });
  });

  it('a filled worksheet prints the committee\'s and the cell\'s names in capitals, as a Party document\'s heading has them, however typed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(join(DIST, 'phieu-lien-he.html')).href);
    await page.fill('input[name="superior"]', 'Đảng ủy xã Thử');
    await page.fill('input[name="cell"]', 'Chi bộ Trường Tiểu học Thử');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    const file = join(ARTIFACTS, 'phieu-lien-he_names.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('ĐẢNG ỦY XÃ THỬ');
    expect(text).toContain('CHI BỘ TRƯỜNG TIỂU HỌC THỬ');
    expect(text).not.toContain('Chi bộ Trường Tiểu học Thử');
  });

  it('a worksheet\'s long cell name breaks before the place or person it names, not inside it ("… TIỂU HỌC / AN HẢI", "… CƠ SỞ / PHẠM VĂN ĐỒNG")', async () => {
    for (const [cell, name, held] of [
      ['Chi bộ Trường Tiểu học An Hải', 'an-hai', /AN\s+HẢI/],
      ['Chi bộ Trường Trung học cơ sở Phạm Văn Đồng', 'pham-van-dong', /PHẠM\s+VĂN\s+ĐỒNG/],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(pathToFileURL(join(DIST, 'phieu-lien-he.html')).href);
      await page.fill('input[name="cell"]', cell);
      const file = join(ARTIFACTS, `phieu-lien-he_long-name-${name}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      await page.close();
      const lines = execFileSync('pdftotext', ['-layout', '-l', '1', file, '-'], { encoding: 'utf8' }).split('\n');
      const last = cell.split(' ').at(-1)!.toUpperCase();
      // The name does not fit the header's half of the page on one line (else this test shows nothing).
      expect(lines.some((line) => line.includes('CHI BỘ TRƯỜNG') && !line.includes(last))).toBe(true);
      expect(lines.find((line) => line.includes(last))).toMatch(held);
    }
  });

  it('a worksheet prints its answers from under its title on: a long first answer goes on over the next page; no part\'s heading is left at the foot of a page; the reporter signs under the last part, whole', async () => {
    const areas = parse(readFileSync(join(DIST, 'phieu-lien-he.html'), 'utf8')).querySelectorAll('.worksheet__area > legend').map((legend) => legend.textContent.trim());
    expect(areas.length).toBeGreaterThan(6);
    /** Each page's lines of text with where they stand (pt from the top), the page number at its foot left out. */
    const pagesOf = async (name: string, fill?: (page: Page) => Promise<void>) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(pathToFileURL(join(DIST, 'phieu-lien-he.html')).href);
      await fill?.(page);
      const file = join(ARTIFACTS, `phieu-lien-he_${name}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      await page.close();
      return execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).split('<page ').slice(1).map((body) => {
        const lines = new Map<number, { top: number; bottom: number; words: string[] }>();
        for (const [, top, bottom, word] of body.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)) {
          const key = Math.round(Number(top));
          const line = lines.get(key) ?? { top: Number(top), bottom: Number(bottom), words: [] };
          line.words.push(word.replace(/&amp;/g, '&'));
          lines.set(key, line);
        }
        const all = [...lines.values()].map((line) => ({ top: line.top, bottom: line.bottom, text: line.words.join(' ') }));
        const number = all.at(-1)!;
        return { lines: all.slice(0, -1), foot: number.top };
      });
    };
    const long = Array.from({ length: 45 }, (_, i) => `Dòng ${i + 1}: chi bộ đã rà soát văn bản, quy chế của nhà trường.`).join('\n');
    for (const [name, pages] of [
      ['blank', await pagesOf('blank')],
      ['long-answer', await pagesOf('long-answer', (page) => page.fill('textarea[name="area:the-che"]', long))],
    ] as const) {
      for (const [i, { lines, foot }] of pages.entries()) {
        lines.forEach((line, k) => {
          if (!areas.includes(line.text)) return;
          // A heading has its answer under it on its page: words, or the room of the lines to write on (which are no text).
          const next = lines[k + 1];
          const followed = next !== undefined && !areas.includes(next.text) && next.top - line.bottom < 30;
          expect(followed || (next?.top ?? foot) - line.bottom > 100, `${name}: page ${i + 1}, "${line.text}" at the foot of the page`).toBe(true);
        });
      }
      // The reporter's title and the dots for the name on one page, with the last part.
      const last = pages.at(-1)!.lines.map((line) => line.text);
      expect(last, name).toContain(areas.at(-1));
      expect(last.slice(-2)[0], name).toBe('Người báo cáo');
      if (name === 'long-answer') {
        // The answer starts on the first page, under the title, and goes on over the next.
        expect(pages[0].lines.map((line) => line.text)).toContain('Dòng 1: chi bộ đã rà soát văn bản, quy chế của nhà trường.');
        expect(pages[1].lines[0].text).toMatch(/^Dòng \d+:/);
      }
    }
  });

  it('a worksheet answer holding a long web address prints within the page: the address wraps, the other boxes keep their width', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(pathToFileURL(join(DIST, 'phieu-lien-he.html')).href);
    const link = 'https://drive.google.com/drive/folders/1aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdEFGHijklMNOPqrstuvWXyz?usp=sharing';
    await page.fill('textarea[name="area:the-che"]', `Hồ sơ lưu tại: ${link}\nĐã rà soát văn bản.`);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const file = join(ARTIFACTS, 'phieu-lien-he_long-link.pdf');
    writeFileSync(file, pdf);
    // Every line of the address is in the PDF's text: nothing cut at the page's edge.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(link);
    await page.emulateMedia({ media: 'print' });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.clientWidth,
      widest: Math.max(...[...document.querySelectorAll('.print-value, .print-lines')].map((el) => el.getBoundingClientRect().right)),
    }));
    expect(widths.widest).toBeLessThanOrEqual(widths.page);
    await page.close();
  });
  it('a printed section keeps the notes on quotation sources, the status of its documents and the mark of a probable correction', async () => {
    const a = (await printed('a-ii-4.html')).text.replace(/\s+/g, ' ');
    expect(a).toContain('không phải lời của Chủ tịch Hồ Chí Minh');
    expect(a).toContain('Tình trạng (cập nhật 11/2026): Đã được thay thế từ 01/7/2025 bằng Luật Cán bộ, công chức số 80/2025/QH15');
    // "(xem trang Trích dẫn)" leads nowhere on paper.
    expect(a).not.toContain('xem trang Trích dẫn');
    const b = (await printed('b-i-6.html')).text.replace(/\s+/g, ' ');
    expect(b).toContain('ioffice.quangngai (sửa theo phỏng đoán)');
  });

  it('the home page, a section page and a document page print without navigation, nor the line to download the USB copy', async () => {
    for (const path of ['index.html', 'a-ii-4.html', 'van-ban/nd-112-2020-nd-cp.html']) {
      const { text } = await printed(path);
      const flat = text.replace(/\s+/g, ' ');
      for (const word of [...NAVIGATION, 'Tải bản dùng không cần mạng', '.zip']) expect(flat, `${path}: ${word}`).not.toContain(word);
      expect(flat.length).toBeGreaterThan(500);
    }
  });
  it('a section prints without the site\'s links to its reform areas and themes, so A.II.2 fits one page', async () => {
    expect(readFileSync(join(DIST, 'a-ii-2.html'), 'utf8')).toContain('Lĩnh vực cải cách:');
    const { text, pages } = await printed('a-ii-2.html');
    expect(text.replace(/\s+/g, ' ')).not.toContain('Lĩnh vực cải cách:');
    expect(pages).toBe(1);
    // Nor the line under the heading ("Mục A.II.2 · 2 phút đọc"): printing it put A.I.1's last lines on a second page.
    expect(text).not.toContain('phút đọc');
    expect((await printed('a-i-1.html')).pages).toBe(1);
    // Nor the rule above that box, left alone at the end of the text; a box that lists documents keeps it.
    const page = await browser.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const [path, shown] of [['a-ii-2.html', false], ['a-ii-4.html', true]] as const) {
      await page.goto(pathToFileURL(join(DIST, path)).href);
      expect(await page.$$eval('aside.relations', (boxes) => boxes.map((box) => getComputedStyle(box).display !== 'none')), path).toEqual([shown]);
    }
    await page.close();
  });
});
