/**
 * The meeting mode in the built site: every section page and the full text link to it (at the
 * section's first slide), every section has that slide, and search leaves the page out, so its
 * results keep pointing to the section pages.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listFiles } from '../../src/build/dist-files';
import { DIST, readDist } from '../support/site';

const deck = parse(readDist('trinh-chieu.html'));
const slideIds = new Set(deck.querySelectorAll('section.slide').map((s) => s.id));
const sectionPages = listFiles(DIST).filter((f) => /^(phan-[abc]|[ab]-[ivx-]+\d*)\.html$/.test(f));

describe('trinh-chieu.html', () => {
  it('has a slide for every section, first the title slide', () => {
    expect(sectionPages.length).toBe(19);
    expect(deck.querySelector('section.slide')?.id).toBe('tieu-de');
    for (const page of sectionPages) expect(slideIds, page).toContain(page.replace('.html', ''));
  });
  it('every section page links to its first slide, the full text and the home page to the first slide', () => {
    for (const page of sectionPages) {
      const links = parse(readDist(page)).querySelectorAll('.present-link a').map((a) => a.getAttribute('href'));
      expect(links, page).toEqual([`trinh-chieu.html#${page.replace('.html', '')}`]);
    }
    expect(parse(readDist('toan-van.html')).querySelector('.present-link a')?.getAttribute('href')).toBe('trinh-chieu.html');
    expect(parse(readDist('index.html')).querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('trinh-chieu.html');
  });
  it('is left out of search: no data-pagefind-body, not in the offline index; the links to it are not indexed either', () => {
    expect(deck.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readDist('search-index.js')).not.toContain('trinh-chieu');
    expect(readDist('search-index.js')).not.toContain('Trình chiếu');
    for (const page of sectionPages) expect(parse(readDist(page)).querySelector('.present-link')?.hasAttribute('data-pagefind-ignore'), page).toBe(true);
  });
  it('leaving a slide ("Thoát trình chiếu") opens its page where the slide stands: the section\'s top on its first slide, then the paragraph or list item the slide starts with', () => {
    let anchored = 0;
    let startsThere = 0;
    for (const slide of deck.querySelectorAll('section.slide')) {
      const [page, id] = slide.getAttribute('data-page')!.split('#');
      if (slide.id === page.replace('.html', '') || slide.id === 'tieu-de') {
        expect(id, slide.id).toBeUndefined();
        continue;
      }
      const target = parse(readDist(page)).getElementById(id ?? '');
      expect(target?.rawTagName, `${slide.id} → ${page}#${id}`).toMatch(/^(p|li|h[2-6])$/);
      anchored += 1;
      // A text slide that starts with a whole paragraph or item opens at it.
      const first = slide.querySelector('.slide__body > p, .slide__body li, .slide__subheading');
      if (!slide.classList.contains('slide--text') || !first || first.classList.contains('is-continued')) continue;
      expect(target!.textContent.replace(/\s+/g, ' '), slide.id).toContain(first.textContent.replace(/\s+/g, ' ').trim().slice(0, 30));
      startsThere += 1;
    }
    expect(anchored).toBeGreaterThan(30);
    expect(startsThere).toBeGreaterThan(15);
  });
  it('keeps the notes the pages add off the outline\'s slides: no editor\'s note, no note on a quotation\'s source inside a text slide', () => {
    expect(deck.querySelectorAll('.slide .editor-note, .slide .quote-notes, .slide [data-editorial]')).toHaveLength(0);
    expect(deck.querySelectorAll('.slide__body a')).toHaveLength(0);
  });
  it('says on slides of their own what facts.md puts next to the outline: the editor\'s note on the decree number, and the status of the documents each section cites', () => {
    const slide = (id: string) => deck.getElementById(id);
    const text = (id: string) => slide(id)?.textContent.replace(/\s+/g, ' ') ?? '';
    // B.I.4 names the retirement-age decree 112/2020; its note follows the list that holds the sentence.
    const notes = deck.querySelectorAll('.slide--note');
    expect(notes.map((n) => n.id)).toEqual(['b-i-4--2']);
    expect(text('b-i-4--2')).toContain('Ghi chú biên tập');
    expect(text('b-i-4--2')).toContain('là Nghị định số 135/2020/NĐ-CP, còn Nghị định số 112/2020/NĐ-CP ban hành ngày 18/9/2020');
    expect(text('b-i-4--2')).not.toContain('xem trang Hiệu đính');
    // Each section that cites documents ends with them and their status, as its page lists them.
    const listed = (page: string) => deck.querySelectorAll(`.slide--documents[data-page^="${page}#"] .slide__documents li`).map((li) => li.textContent.replace(/\s+/g, ' ').trim());
    const onPage = (page: string) => parse(readDist(page)).querySelectorAll('.relations .doc-list li').length;
    for (const page of sectionPages) expect(listed(page).length, page).toBe(onPage(page));
    expect(listed('a-ii-4.html')).toContain('Luật Cán bộ, công chức số 22/2008/QH12 Tình trạng (cập nhật 11/2026): Đã được thay thế từ 01/7/2025 bằng Luật Cán bộ, công chức số 80/2025/QH15');
    expect(listed('b-i-4.html').at(-1)).toBe('Nghị định số 135/2020/NĐ-CP (nêu trong ghi chú biên tập) Tình trạng (cập nhật 11/2026): Còn hiệu lực');
    // A probable correction stays marked, its note shown after it (CSS, from data-note).
    expect(deck.querySelectorAll('.slide .fix--probable').map((el) => [el.textContent, el.getAttribute('data-note')])).toEqual([['ioffice.quangngai', '(sửa theo phỏng đoán)']]);
  });
});
