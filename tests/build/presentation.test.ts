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
  it('shows the outline\'s words, not the notes the pages add: no editor\'s note, no note on a quotation\'s source inside a slide', () => {
    expect(deck.querySelectorAll('.slide .editor-note, .slide .quote-notes, .slide [data-editorial]')).toHaveLength(0);
    expect(deck.querySelectorAll('.slide__body a')).toHaveLength(0);
  });
});
