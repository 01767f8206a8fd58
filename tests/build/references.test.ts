/**
 * Issue "documents and areas": the outline's document numbers link to the right pages,
 * document pages list where they are cited, area pages quote the outline, and the metadata
 * on the pages equals facts.md.
 */
import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../src/site/text';
import { listFiles } from '../../src/build/dist-files';
import { resolveHref } from '../../src/site/relative-url';
import { DIST, FACTS, readDist } from '../support/site';

const files = listFiles(DIST);
const sectionPages = files.filter((f) => /^(phan-[abc]|[ab]-[ivx-]+\d*)\.html$/.test(f));
const documentPages = files.filter((f) => /^van-ban\/(?!index)[^/]+\.html$/.test(f));
const areaPages = files.filter((f) => /^linh-vuc\/(?!index)[^/]+\.html$/.test(f));
const page = (path: string) => parse(readDist(path));
const text = (el: HTMLElement | null | undefined) => collapseWhitespace(el?.textContent ?? '');

/** How the outline writes a document's number, and what the number is. */
const NUMBER_PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
  [/Nghị quyết[^.]*?số (\d+)-\s?NQ\/TW/g, (m) => `${m[1]}-NQ/TW`],
  [/Quy định số (\d+-QĐ\/TW)/g, (m) => m[1]],
  [/Nghị định số (\d+\/\d{4}\/NĐ-CP)/g, (m) => m[1]],
];
const NAMED: Array<[RegExp, string]> = [
  [/Hiến pháp 1946/g, 'van-ban/hien-phap-1946.html'],
  [/Luật Cán bộ, công chức/g, 'van-ban/luat-can-bo-cong-chuc.html'],
  [/Đại hội lần thứ VI(?!I)/g, 'van-ban/dai-hoi-vi.html'],
  [/Đại hội lần thứ XIII/g, 'van-ban/dai-hoi-xiii.html'],
];

/** The number a document page states in its metadata table. */
function numberOn(path: string): string {
  const row = page(path).querySelectorAll('.doc-meta tr').find((tr) => text(tr.querySelector('th')) === 'Số hiệu');
  return text(row?.querySelector('td'));
}

describe('every mention of a document in the outline links to its page', () => {
  for (const path of [...sectionPages, 'toan-van.html']) {
    it(path, () => {
      const body = page(path).querySelectorAll('.section__text');
      let mentions = 0;
      for (const block of body.flatMap((b) => b.querySelectorAll('p, li, h2, h3, h4, h5'))) {
        const links = block.querySelectorAll('a.doc-ref').map((a) => ({ text: text(a), href: resolveHref(path, a.getAttribute('href')!) }));
        const blockText = text(block);
        for (const [pattern, numberOf] of NUMBER_PATTERNS) {
          for (const match of blockText.matchAll(pattern)) {
            mentions += 1;
            const link = links.find((l) => l.text.includes(match[0]) || match[0].includes(l.text));
            expect(link, `${path}: "${match[0]}" is not a link`).toBeDefined();
            expect(numberOn(link!.href), `${path}: "${match[0]}" links to ${link!.href}`).toBe(numberOf(match));
          }
        }
        for (const [pattern, target] of NAMED) {
          for (const match of blockText.matchAll(pattern)) {
            mentions += 1;
            expect(links.filter((l) => l.text === match[0] && l.href === target).length, `${path}: "${match[0]}"`).toBeGreaterThan(0);
          }
        }
        const named = [...NUMBER_PATTERNS.map(([p]) => p), ...NAMED.map(([p]) => p)].reduce((n, p) => n + [...blockText.matchAll(p)].length, 0);
        expect(links.length, `${path}: links in “${blockText.slice(0, 60)}…”`).toBe(named);
      }
      if (path === 'toan-van.html') expect(mentions).toBeGreaterThanOrEqual(14);
    });
  }
});

describe('document pages', () => {
  it('there is one for each document of facts.md', () => {
    expect(documentPages).toHaveLength(11);
  });
  for (const path of documentPages) {
    it(`${path} lists where the outline cites it, each link landing on text that holds the citation`, () => {
      const cited = page(path).querySelectorAll('section:has(#de-cuong-vien-dan) .cited');
      expect(cited.length).toBeGreaterThan(0);
      for (const figure of cited) {
        const quoted = text(figure.querySelector('blockquote'));
        const href = figure.querySelector('figcaption a')!.getAttribute('href')!;
        const target = resolveHref(path, href);
        const id = decodeURIComponent(href.split('#')[1]);
        const landing = page(target).getElementById(id);
        expect(landing, `${href} from ${path}`).not.toBeNull();
        expect(text(landing)).toContain(quoted);
      }
    });
  }
  it('the index lists every document in groups, with kind, issuer, date and status, and the congresses as events', () => {
    const index = page('van-ban/index.html');
    expect(index.querySelectorAll('h2').map(text)).toEqual(['Văn kiện của Đảng', 'Văn bản quy phạm pháp luật', 'Sự kiện được nhắc đến']);
    const rows = index.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(11);
    for (const row of index.querySelectorAll('section:not(:has(#nhom-dai-hoi)) tbody tr')) expect(row.querySelectorAll('td')).toHaveLength(4);
    for (const row of index.querySelectorAll('section:has(#nhom-dai-hoi) tbody tr')) expect(row.querySelectorAll('td').map(text)).toEqual([expect.any(String), 'Hà Nội']);
  });
});

describe('the metadata on the pages equals facts.md', () => {
  const table = readFileSync(FACTS, 'utf8')
    .split('\n')
    .filter((line) => /^\| (nq|qd|nd|hien|luat|dai)-/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
  it('reads the eleven documents of facts.md', () => {
    expect(table).toHaveLength(11);
  });
  for (const [id, name, , date, , inForce] of table) {
    it(`${id}: number, date and date in force as facts.md gives them`, () => {
      const path = `van-ban/${id}.html`;
      const rows = new Map(page(path).querySelectorAll('.doc-meta tr').map((tr) => [text(tr.querySelector('th')), text(tr.querySelector('td'))]));
      const number = /số (\S+)/.exec(name)?.[1];
      if (number) expect(rows.get('Số hiệu')).toBe(number.replace(/\.$/, ''));
      // A constitution or a law is dated by the day the Quốc hội passed it, anything else by the day it was issued.
      const passed = /^(hien-phap|luat)-/.test(id);
      expect(rows.has(passed ? 'Ngày ban hành' : 'Ngày thông qua')).toBe(false);
      const issued = rows.get(passed ? 'Ngày thông qua' : 'Ngày ban hành') ?? rows.get('Thời gian');
      expect(date.startsWith(issued!), `${issued} vs ${date}`).toBe(true);
      const shown = rows.get('Ngày có hiệu lực');
      // A date facts.md doubts ("25/9/2020? … not confirmed") is not shown as a date.
      if (inForce === 'UNKNOWN' || /\?|not confirmed/.test(inForce)) expect(shown).toBe('chưa xác minh được');
      else if (/^\d/.test(inForce)) expect(shown?.startsWith(inForce)).toBe(true);
      else if (inForce === '') expect(shown, 'facts.md gives no date in force: the row is left out').toBeUndefined();
      // A congress is an event: it has a place and no status; a document has its status.
      if (id.startsWith('dai-hoi-')) expect(rows.get('Địa điểm')).toBe(/, (.+)$/.exec(date)![1]);
      else expect([...rows.keys()].some((k) => k.startsWith('Tình trạng (cập nhật 11/2026)'))).toBe(true);
    });
  }
  it('both the 112/2020 and the 135/2020 page carry the editor’s note, linked, and link each other', () => {
    for (const [id, other] of [['nd-112-2020-nd-cp', 'nd-135-2020-nd-cp'], ['nd-135-2020-nd-cp', 'nd-112-2020-nd-cp']]) {
      const notice = page(`van-ban/${id}.html`).querySelector('.notice')!;
      expect(text(notice)).toContain('tuổi nghỉ hưu');
      expect(notice.querySelector('a[href="../hieu-dinh.html#nd-112-135"]'), id).not.toBeNull();
      expect(notice.querySelector(`a[href="${other}.html"]`), id).not.toBeNull();
    }
  });
});

describe('area pages', () => {
  it('there is one for each area of Part B’s list', () => {
    expect(areaPages).toHaveLength(8);
  });
  for (const path of areaPages) {
    it(`${path} quotes Part A and, where the outline has one, Part B, each linking back`, () => {
      const doc = page(path);
      const partA = doc.querySelectorAll('section:has(#phan-a) .cited');
      expect(partA.length).toBeGreaterThan(0);
      const id = path.replace(/^linh-vuc\/|\.html$/g, '');
      const partBSections = sectionPages.filter((s) => s.startsWith('b-i-') && page(s).querySelector(`.relations a[href="linh-vuc/${id}.html"]`));
      if (partBSections.length) expect(doc.querySelectorAll('section:has(#phan-b) .cited').length).toBeGreaterThan(0);
      for (const figure of doc.querySelectorAll('.cited')) {
        const href = figure.querySelector('figcaption a')!.getAttribute('href')!;
        const landing = page(resolveHref(path, href)).getElementById(decodeURIComponent(href.split('#')[1]));
        expect(text(landing)).toContain(text(figure.querySelector('blockquote')));
      }
    });
  }
  it('a section page shows its areas as links', () => {
    expect(page('b-i-6.html').querySelector('.relations a[href="linh-vuc/chuyen-doi-so.html"]')).not.toBeNull();
  });
});

describe('quotations and glossary', () => {
  it('every quotation is marked up as <q> with its source status beside it', () => {
    const full = page('toan-van.html');
    const quotes = full.querySelectorAll('q.quote');
    expect(quotes.length).toBe(page('trich-dan.html').querySelectorAll('.quotation').length);
    expect(full.querySelector('#trich-tat-ca-quyen-binh')?.getAttribute('cite')).toMatch(/^https:/);
    const section = page('a-i-3.html');
    expect(section.querySelectorAll('q.quote')).toHaveLength(5);
    expect(text(section.querySelector('#trich-thieu-oc-to-chuc')?.parentNode?.nextElementSibling)).toContain('Nguồn: chưa xác minh được.');
    expect(text(page('trich-dan.html').querySelector('#dung-nhan-nhu-dung-moc'))).toContain('Gửi các đồng chí Trung Bộ');
  });
  it('marks the first use of an abbreviation on a page, linked to the glossary', () => {
    const abbr = page('a-i.html').querySelectorAll('abbr');
    expect(abbr.map((a) => a.textContent)).toEqual(['CCHC']);
    expect(abbr[0].getAttribute('title')).toBe('cải cách hành chính');
    expect(abbr[0].parentNode?.getAttribute('href')).toBe('thuat-ngu.html#cchc');
    expect(page('thuat-ngu.html').getElementById('cchc')).not.toBeNull();
  });
});
