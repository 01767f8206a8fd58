/** The built dist/ as a whole: links with file:// semantics, page basics (P1, P5, P6). */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { checkSiteLinks } from '../../src/lib/check-links';
import { listFiles, readPages } from '../../src/lib/list-dist';
import { DIST } from '../support/site';

const files = listFiles(DIST);
const pages = readPages(DIST, files);

describe('links in dist/ (P1)', () => {
  it('has the pages the design names', () => {
    for (const page of ['index.html', 'toan-van.html', 'hieu-dinh.html', '404.html', 'a-i-1.html', 'b-i-6.html', 'phan-c.html']) {
      expect(files).toContain(page);
    }
  });
  it('every href/src is relative, resolves to a file, and every #fragment exists', () => {
    expect(checkSiteLinks(pages, new Set(files)).problems).toEqual([]);
  });
  it('every page is reachable from index.html (except 404.html)', () => {
    expect(checkSiteLinks(pages, new Set(files), { ignoreUnreachable: ['404.html'] }).unreachable).toEqual([]);
  });
});

describe('a production build', () => {
  it('is what `npm run build` gives a user: the search page carries no note meant for `npm run dev`', () => {
    const searchPage = parse(pages.get('tim-kiem.html')!);
    expect(searchPage.querySelector('.search-page__dev')).toBeNull();
    expect(searchPage.querySelector('[data-search-results]')).not.toBeNull();
  });
});

describe('every page', () => {
  for (const [path, html] of pages) {
    it(`${path}: lang="vi", its own title and description, a relative favicon, unique ids, no module script`, () => {
      const root = parse(html);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe('vi');
      expect(root.querySelector('title')?.text.trim()).not.toBe('');
      expect(root.querySelector('meta[name="description"]')?.getAttribute('content')?.length).toBeGreaterThan(20);
      expect(root.querySelector('link[rel="icon"]')?.getAttribute('href')).toMatch(/^(\.\.\/)*favicon\.svg$/);
      const ids = root.querySelectorAll('[id]').map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const id of ids) expect(id, `id "${id}"`).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(root.querySelectorAll('script[type="module"]')).toHaveLength(0);
      expect(root.querySelectorAll('script[src]').map((s) => s.getAttribute('src'))).not.toContainEqual(expect.stringMatching(/^(https?:)?\/\//));
      expect(html).not.toMatch(/fetch\(|new Worker\(/);
    });
  }
  it('link previews: title and description on every page; no absolute address unless SITE_URL was set', () => {
    for (const [path, html] of pages) {
      const root = parse(html);
      expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content'), path).toBe(root.querySelector('title')?.text);
      expect(root.querySelector('meta[property="og:description"]')?.getAttribute('content'), path).toBeTruthy();
      if (!process.env.SITE_URL) expect(root.querySelector('meta[property="og:url"], meta[property="og:image"]'), path).toBeNull();
    }
    expect(files).toContain('og-image.png');
  });

  it('titles are unique', () => {
    const titles = [...pages.values()].map((html) => parse(html).querySelector('title')!.text);
    expect(new Set(titles).size).toBe(titles.length);
  });
});
