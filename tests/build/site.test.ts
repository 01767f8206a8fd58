/**
 * The built dist/ as a whole: links with file:// semantics, page basics (P1, P5, P6). The
 * links are checked here with the URL parser and the file system, not with the build's own
 * link check (src/build/link-check.ts), so that a fault in one is caught by the other.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { listFiles, readPages } from '../../src/build/dist-files';
import { lastGoodDir } from '../../src/build/keep-last-build';
import { DIST, ROOT } from '../support/site';
import { PAGE_SCRIPT_STRINGS } from '../../src/site/ui-strings';
import { documentNamedBy, type KnownDocument } from '../../src/search/document-numbers';
import { GLOBALS, PAGES } from '../../src/site/routes';

const files = listFiles(DIST);
const pages = readPages(DIST, files);
const root = pathToFileURL(`${DIST}/`);

/** What is wrong with a link of `page` when opened from disk, or undefined. */
function brokenLink(page: string, href: string): string | undefined {
  if (/^(https?|mailto|tel):/.test(href)) return undefined;
  if (/^[a-z]+:|^\/\//i.test(href) || href.startsWith('/')) return 'not relative';
  const url = new URL(href, new URL(page, root));
  if (!url.href.startsWith(root.href)) return 'leads out of the site';
  const file = fileURLToPath(url);
  if (!existsSync(file) || !statSync(file).isFile()) return 'no such file';
  const id = decodeURIComponent(url.hash.slice(1));
  const target = url.pathname.slice(root.pathname.length);
  if (id && pages.has(target) && !new RegExp(`\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(pages.get(target)!)) return `no id "${id}"`;
  return undefined;
}

describe('links in dist/ (P1)', () => {
  it('has the pages the design names', () => {
    for (const page of ['index.html', 'toan-van.html', 'hieu-dinh.html', '404.html', 'a-i-1.html', 'b-i-6.html', 'phan-c.html']) {
      expect(files).toContain(page);
    }
    // A finished build drops the last one it had set aside (src/build/keep-last-build.ts).
    expect(existsSync(lastGoodDir(DIST))).toBe(false);
  });
  it('every href/src is relative, resolves to a file, and every #fragment exists', () => {
    const broken: string[] = [];
    let count = 0;
    for (const [page, html] of pages) {
      for (const el of parse(html).querySelectorAll('[href], [src], form[action]')) {
        const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
        count += 1;
        const problem = brokenLink(page, href);
        if (problem) broken.push(`${page}: ${href} (${problem})`);
      }
    }
    expect(count).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });
  it('every page is reachable from index.html by links (except 404.html)', () => {
    const reached = new Set<string>();
    const queue = ['index.html'];
    while (queue.length) {
      const page = queue.pop()!;
      if (reached.has(page) || !pages.has(page)) continue;
      reached.add(page);
      for (const a of parse(pages.get(page)!).querySelectorAll('a[href]')) {
        const url = new URL(a.getAttribute('href')!, new URL(page, root));
        if (url.href.startsWith(root.href)) queue.push(decodeURIComponent(url.pathname.slice(root.pathname.length)));
      }
    }
    expect([...pages.keys()].filter((p) => !reached.has(p))).toEqual(['404.html']);
  });
  it('a link to another site, in an area\'s text or a document\'s note as anywhere the site writes one, opens in a new window and says so (the outline\'s own addresses stay as written)', async () => {
    const unsaid: string[] = [];
    let markdownLinks = 0;
    for (const [page, html] of pages) {
      if (!/^(van-ban|linh-vuc)\/|^trich-dan|^thuat-ngu/.test(page)) continue;
      for (const link of parse(html).querySelectorAll('main a[href^="http"]')) {
        const said = link.nextElementSibling;
        if (link.getAttribute('target') !== '_blank' || !/noopener/.test(link.getAttribute('rel') ?? '') || !said?.classList.contains('external') || said.getAttribute('data-pagefind-ignore') === undefined) unsaid.push(`${page}: ${link.getAttribute('href')}`);
        if (link.closest('p')?.textContent.trimStart().startsWith('Nguồn:')) markdownLinks += 1;
      }
    }
    expect(markdownLinks).toBeGreaterThanOrEqual(6);
    expect(unsaid).toEqual([]);
    // English or not, by the address (src/site/sources.ts), as every source link: undp.org/vietnam/… is not said to be.
    const undp = parse(pages.get('linh-vuc/chi-so.html')!).querySelector('a[href*="undp.org"]')!;
    expect([undp.getAttribute('hreflang'), undp.nextElementSibling?.textContent.trim()]).toEqual([undefined, '(trang ngoài, mở cửa sổ mới)']);
    // Search leaves the added words out and reads the source line as written, its full stop after the link.
    const { readSearchSite } = await import('../../src/search/build/write-indexes');
    const site = readSearchSite(DIST);
    const constitution = site.pages.findIndex((p) => p.url === 'van-ban/hien-phap-1946.html');
    expect(site.records.filter((r) => r.page === constitution && r.text.startsWith('Nguồn:')).map((r) => r.text)).toEqual(['Nguồn: Hiến pháp năm 1946, Tư liệu văn kiện Đảng.']);
    // P2: the outline's sections keep their text; its addresses are links without added words.
    expect(parse(pages.get('b-i-6.html')!).querySelector('a[href="https://smas.edu.vn/"]')!.nextElementSibling?.classList.contains('external')).not.toBe(true);
  });
  it('the link check would see a broken link (the check can fail)', () => {
    expect(brokenLink('van-ban/index.html', '../khong-co.html')).toBe('no such file');
    expect(brokenLink('van-ban/index.html', '../a-i-1.html#khong-co')).toBe('no id "khong-co"');
    expect(brokenLink('index.html', '/a-i-1.html')).toBe('not relative');
    expect(brokenLink('van-ban/index.html', '../a-i-1.html#h-a-i-1')).toBeUndefined();
  });
});

describe('the download of the USB copy', () => {
  it('the home page names the zip\'s size as it is, for a teacher on a weak link to weigh', () => {
    const home = parse(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const offer = home.querySelector('.offline')!.textContent.replace(/\s+/g, ' ');
    const kb = Math.round(statSync(join(DIST, 'ban-ngoai-tuyen.zip')).size / 1024);
    expect(offer).toContain(`tệp nén .zip, ${kb} KB: giải nén vào USB`);
  });
});

describe('a production build', () => {
  it('is what `npm run build` gives a user: the search page carries no note meant for `npm run dev`', () => {
    const searchPage = parse(pages.get('tim-kiem.html')!);
    expect(searchPage.querySelector('.search-page__dev')).toBeNull();
    expect(searchPage.querySelector('[data-search-results]')).not.toBeNull();
  });
  it('carries one search index, the compact one for a site this size: no sharded parts, and none of the scripts that read them', () => {
    const searchPage = parse(pages.get('tim-kiem.html')!);
    expect(searchPage.querySelector('[data-search-results]')?.getAttribute('data-search-engine')).toBe('compact');
    expect(files).toContain('search-index.js');
    expect(files.filter((f) => f.startsWith('search-parts/') || /search-preload\.|search-page-sharded\./.test(f))).toEqual([]);
    expect(searchPage.querySelector('script[src="search-index.js"]')?.getAttribute('data-sharded-preload')).toMatch(/^assets\/search-preload\.[0-9a-f]+\.js$/);
    // The search script carries the compact engine alone; the writer would put the sharded one's in its place.
    const search = searchPage.querySelector('script[data-sharded-search]');
    expect(search?.getAttribute('data-sharded-search')).toMatch(/^assets\/search-page-sharded\.[0-9a-f]+\.js$/);
    expect(files).toContain(search?.getAttribute('src'));
    expect(search?.getAttribute('src')).toMatch(/^assets\/search-page-compact\.[0-9a-f]+\.js$/);
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
      // P1: nothing a page needs is fetched (file:// refuses it). The error page alone may ask the
      // server where the site's top is: it is shown only by a server (tests/browser/not-found.test.ts).
      if (path !== '404.html') expect(html).not.toMatch(/fetch\(|new Worker\(/);
      else expect(html).not.toMatch(/new Worker\(/);
    });
  }
  it('a page with the site\'s header is first drawn once its header is whole, and the search page once its form is too: no script that holds the reader up stands before that point', () => {
    const withHeader = [...pages].filter(([, html]) => html.includes('class="site-header'));
    expect(withHeader.length).toBeGreaterThan(40);
    for (const [path, html] of withHeader) {
      const root = parse(html);
      const expects = root.querySelectorAll('link[rel="expect"]');
      expect(expects.map((link) => link.getAttribute('blocking')), path).toEqual(['render']);
      const id = expects[0].getAttribute('href')!.replace(/^#/, '');
      const at = html.indexOf(`id="${id}"`);
      expect(at, `${path}: #${id}`).toBeGreaterThan(html.indexOf('</header>'));
      if (path === PAGES.search) expect(at, `${path}: after the form`).toBeGreaterThan(html.indexOf('</form>'));
      // The scripts before it: the page setup in <head> only (a script in the body before it would hold the first drawing up for its download).
      const scriptsBefore = parse(html.slice(0, at)).querySelectorAll('script[src]');
      expect(scriptsBefore.map((script) => script.getAttribute('src')), path).toEqual([expect.stringMatching(/page-setup\.[0-9a-f]+\.js$/)]);
    }
  });

  it('a reading page links the site\'s one stylesheet, which carries neither the worksheet\'s rules, nor the search page\'s, nor the list of documents\'; each of those links its own, after the site\'s (P5)', () => {
    const sheets = (page: string) => parse(pages.get(page)!).querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
    const [site] = sheets('a-ii-4.html');
    expect(sheets('a-ii-4.html')).toEqual([site]);
    expect(sheets('van-ban/nq-27-nq-tw-2022.html')).toEqual([`../${site}`]);
    const siteCss = readFileSync(join(DIST, site), 'utf8');
    for (const [page, rule] of [['phieu-lien-he.html', /\.worksheet-alert\b/], ['tim-kiem.html', /\.search-page__row\b/], ['van-ban/index.html', /\.doc-table\b/]] as const) {
      expect(siteCss).not.toMatch(rule);
      const up = page.includes('/') ? '../' : '';
      const own = sheets(page).filter((href) => href !== `${up}${site}`);
      expect(own, page).toHaveLength(1);
      expect(readFileSync(join(DIST, page, '..', own[0]), 'utf8')).toMatch(rule);
      // Later in the cascade: where both speak with the same weight, the page's own rule wins (".search-page__more" over ".search-button").
      expect(sheets(page), page).toEqual([`${up}${site}`, own[0]]);
    }
  });
  it('a reading page\'s first visit (its HTML, stylesheets and scripts, each gzip as a server sends them) stays within 15 KB: only the search page, the worksheet, the slides and the whole outline on one page carry more (P5)', () => {
    const heavier = new Set<string>([PAGES.search, PAGES.worksheet, PAGES.presentation, PAGES.fullText]);
    const firstVisit = (page: string) => {
      const html = pages.get(page)!;
      const dir = page.split('/').slice(0, -1).join('/');
      const root = parse(html);
      const assets = [...root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!), ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!)];
      return gzipSync(html).length + assets.reduce((sum, href) => sum + gzipSync(readFileSync(join(DIST, dir, href))).length, 0);
    };
    const over = [...pages.keys()].filter((page) => !heavier.has(page) && firstVisit(page) > 15 * 1024).map((page) => `${page}: ${(firstVisit(page) / 1024).toFixed(2)} KB`);
    expect(over).toEqual([]);
    // It can fail: the whole outline on one page is over.
    expect(firstVisit(PAGES.fullText)).toBeGreaterThan(15 * 1024);
  });
  it('the script of every page carries none of the site\'s name tables it does not use (src/site/routes.ts: FILES, GLOBALS)', () => {
    const src = parse(pages.get('a-ii-4.html')!).querySelector('script[src*="page-setup."]')!.getAttribute('src')!;
    const code = readFileSync(join(DIST, src), 'utf8');
    // It needs the reading key and the manifest's name...
    expect(code).toContain('de-cuong:doc');
    expect(code).toContain('manifest.webmanifest');
    // ...not the search index's globals, nor the zip's or the parts' file names.
    for (const unused of ['OUTLINE_SEARCH_INDEX', 'search-parts', 'ban-ngoai-tuyen.zip']) expect(code, unused).not.toContain(unused);
  });
  it('every page embeds the UI strings its scripts say, and no more: the four page.* strings on a reading page', () => {
    const embedded = (page: string) => Object.keys(JSON.parse(parse(pages.get(page)!).querySelector('script[data-ui-strings]')!.textContent));
    expect(embedded('a-ii-4.html').sort()).toEqual([...PAGE_SCRIPT_STRINGS].sort());
    expect(embedded('van-ban/index.html').sort()).toEqual([...PAGE_SCRIPT_STRINGS].sort());
  });
  it('every file in assets/ carries a hash of its content in its name, so a server may let browsers keep it for long (README)', () => {
    const assets = files.filter((f) => f.startsWith('assets/'));
    expect(assets.length).toBeGreaterThanOrEqual(6);
    for (const file of assets) expect(file).toMatch(/^assets\/[a-z-]+\.[A-Za-z0-9_-]{8,10}\.(js|css)$/);
    // The same name for the same content only: no two files differ by their hash alone.
    const stems = assets.map((file) => file.replace(/\.[A-Za-z0-9_-]+\.(js|css)$/, '.$1'));
    expect(new Set(stems).size).toBe(stems.length);
  });
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

describe('the search index', () => {
  it('holds the words of each section once: the masthead printed above a section is not indexed there', async () => {
    const { readSearchSite } = await import('../../src/search/build/write-indexes');
    const site = readSearchSite(DIST);
    const sectionPages = new Set(site.pages.flatMap((p, i) => (/^[ab]-[ivx-]+\d*\.html$/.test(p.url) ? [i] : [])));
    expect(sectionPages.size).toBeGreaterThan(10);
    const mastheads = site.records.filter((r) => sectionPages.has(r.page) && r.text.includes('ĐẢNG CỘNG SẢN VIỆT NAM'));
    expect(mastheads).toEqual([]);
  });
  it('finds the Part B worksheet by its title and introduction, never by its form or its printed blanks', async () => {
    const { readSearchSite } = await import('../../src/search/build/write-indexes');
    const site = readSearchSite(DIST);
    const page = site.pages.findIndex((p) => p.url === PAGES.worksheet);
    expect(site.pages[page]?.title).toBe('Phiếu liên hệ Phần B');
    const records = site.records.filter((r) => r.page === page);
    expect(records.map((r) => r.anchor)).toEqual(['gioi-thieu']);
    expect(records[0].text).toMatch(/^Phần B của đề cương để mỗi chi bộ tự liên hệ/);
  });
  it('links each paragraph of an area\'s text and of a document\'s note to that paragraph, not to the heading above it', async () => {
    const { readSearchSite } = await import('../../src/search/build/write-indexes');
    const site = readSearchSite(DIST);
    const pageOf = (url: string) => site.pages.findIndex((p) => p.url === url);
    const sipas = site.records.find((r) => r.page === pageOf('linh-vuc/chi-so.html') && r.text.includes('82,66%'))!;
    const note = site.records.find((r) => r.page === pageOf('van-ban/nd-112-2020-nd-cp.html') && r.text.startsWith('Nghị định số 71/2023/NĐ-CP'))!;
    for (const [record, file] of [[sipas, 'linh-vuc/chi-so.html'], [note, 'van-ban/nd-112-2020-nd-cp.html']] as const) {
      expect(record.anchor, file).toMatch(/^doan-\d+$/);
      const target = parse(readFileSync(join(DIST, file), 'utf8')).getElementById(record.anchor)!;
      expect(target.rawTagName, file).toBe('p');
      expect(target.textContent.replace(/\s+/g, ' '), file).toContain(record.text.slice(0, 40));
    }
    // A source line closes the text above it: a result there opens at the heading where that text begins.
    const source = site.records.find((r) => r.page === pageOf('linh-vuc/chi-so.html') && r.text.startsWith('Nguồn: Giới thiệu về PCI'))!;
    expect(source.anchor).toBe('pci-chi-so-nang-luc-canh-tranh-cap-tinh');
  });
  it('leaves out what the site says of a link to another site ("mở cửa sổ mới" would be found for "một cửa", "sổ", "mới"), and keeps the site named', async () => {
    const { readSearchSite } = await import('../../src/search/build/write-indexes');
    const site = readSearchSite(DIST);
    const external = files.filter((f) => f.endsWith('.html') && readFileSync(join(DIST, f), 'utf8').includes('class="external"'));
    expect(external.length).toBeGreaterThan(5);
    expect(site.records.filter((r) => r.text.includes('cửa sổ mới'))).toEqual([]);
    expect(site.records.some((r) => r.text.includes('vanban.chinhphu.vn'))).toBe(true);
  });
});

describe('the search page', () => {
  it('fetches ahead the script a result\'s page loads to mark the words (named in that page\'s data-loads)', () => {
    const marks = parse(pages.get('a-ii-2.html')!).querySelector('script[data-loads]')!.getAttribute('data-loads');
    expect(marks).toMatch(/^assets\/highlight-search-words\.[0-9a-f]+\.js$/);
    expect(parse(pages.get(PAGES.search)!).querySelector('link[rel="prefetch"]')?.getAttribute('href')).toBe(marks);
  });
  it('never says the outline does not cite a document it cites, named by number and year of issue (Nghị quyết 27/2022)', () => {
    const page = parse(readFileSync(join(DIST, PAGES.search), 'utf8'));
    const documents = JSON.parse(page.getElementById(GLOBALS.documentsId)!.text) as KnownDocument[];
    const frontmatter = (file: string) => readFileSync(join(ROOT, 'content/van-ban', file), 'utf8').split('---')[1];
    const named = listFiles(join(ROOT, 'content/van-ban'))
      .map(frontmatter)
      .map((text) => ({ kind: /^kind: "(.*)"$/m.exec(text)?.[1], number: /^number: "(.*)"$/m.exec(text)?.[1], year: /^issued: ".*(\d{4})"$/m.exec(text)?.[1] }))
      .filter((doc) => doc.kind && doc.number && doc.year && documents.some((known) => known.number === doc.number && known.cited === 'cited'));
    // 27-NQ/TW and 144-QĐ/TW carry no year in their numbers; the decrees and the law do.
    expect(named.filter((doc) => !/\/\d{4}\//.test(doc.number!)).length).toBeGreaterThanOrEqual(2);
    for (const doc of named) {
      const query = `${doc.kind} ${/^\d+/.exec(doc.number!)![0]}/${doc.year}`;
      expect(documentNamedBy(query, documents)?.notice, query).toBeUndefined();
      // Another year is another document: said so, as the page knows this one's year.
      const other = `${doc.kind} ${/^\d+/.exec(doc.number!)![0]}/${Number(doc.year) - 1}`;
      expect(documentNamedBy(other, documents)?.notice?.key, other).toBe('search.notCited');
    }
  });
});
