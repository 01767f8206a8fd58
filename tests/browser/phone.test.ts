/**
 * On the phone (issue 11): reading starts on the first screen, large type never makes a page
 * scroll sideways, long pages have a way back to the top, a section prints alone with the
 * masthead, and the link to a paragraph can be copied and opens at that paragraph.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/dist-files';
import { GLOBALS } from '../../src/site/routes';
import { TEXT_SIZES } from '../../src/site/reading-prefs';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { DIST, readDist, ROOT } from '../support/site';

const enabled = browserTestsEnabled();
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const fileBase = pathToFileURL(DIST).href + '/';
const pages = listFiles(DIST).filter((f) => f.endsWith('.html') && f !== 'trinh-chieu.html');
/** The pages of the outline that have words of their own (a part may only list its sections). */
const sectionsWithText = pages.filter((f) => /^(phan-[abc]|[ab]-[ivx-]+\d*)\.html$/.test(f) && parse(readDist(f)).querySelector('.section__text :is(p, li)'));
const ARTIFACTS = join(ROOT, 'test-artifacts/phone');

/** The words of the elements' own text that a line break cuts ("bằn|g", "chuy|ển"): their client rects stand on two lines. */
const cutWords = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.flatMap((element) => {
      const text = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) as Text | undefined;
      if (!text) return [];
      return [...text.data.matchAll(/\S+/g)].flatMap((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1 ? [word[0]] : [];
      });
    }),
  );

describe.skipIf(!enabled)('on a phone', () => {
  const env = useBrowserAndSite();

  it('every page of the outline with text shows its first lines on the first screen (390×844)', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    const low: string[] = [];
    expect(sectionsWithText.length).toBeGreaterThan(15);
    for (const path of sectionsWithText) {
      await page.goto(env.site.url + path);
      const top = await page.$eval('.section__text :is(p, li)', (el) => el.getBoundingClientRect().top);
      if (top + 24 > 844) low.push(`${path}: first text at ${Math.round(top)} px`);
    }
    expect(low).toEqual([]);
    await context.close();
  });

  it('the home page shows the way to start reading on the first screen, to the first page with text', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(env.site.url + 'index.html');
    const start = page.locator('.button--primary');
    const box = await start.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await start.click();
    await page.waitForLoadState('load');
    expect(await page.locator('.section__text :is(p, li)').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('at the largest text size the text grows, not the header: its links on one row, the buttons above a section on one row, the first line of text on the first screen', async () => {
    const largest = Math.max(...TEXT_SIZES);
    const context = await env.browser.newContext(PHONE);
    await context.addInitScript(([key, size]) => localStorage.setItem(key as string, JSON.stringify({ size })), [GLOBALS.readingPrefsKey, largest]);
    const page = await context.newPage();
    await page.goto(env.site.url + 'a-ii-3.html');
    const layout = await page.evaluate(() => {
      const tops = (selector: string) => [...document.querySelectorAll(selector)].map((el) => Math.round(el.getBoundingClientRect().top));
      return {
        root: parseFloat(getComputedStyle(document.documentElement).fontSize),
        text: parseFloat(getComputedStyle(document.querySelector('.section__text p')!).fontSize),
        links: tops('.site-links a:not([hidden])').filter((top, i, all) => all.indexOf(top) === i),
        tools: tops('.section-tools > *').filter((top, i, all) => all.indexOf(top) === i),
        first: document.querySelector('.section__text :is(p, li)')!.getBoundingClientRect().top,
      };
    });
    expect(layout.root).toBe(24);
    expect(layout.text).toBeGreaterThanOrEqual(24);
    expect(layout.links, 'the header\'s links on one row').toHaveLength(1);
    expect(layout.tools, '"Trình chiếu" and "In mục này" on one row').toHaveLength(1);
    expect(layout.first + 30).toBeLessThan(844);
    await context.close();
  });

  it('at the largest text size no page scrolls sideways at 320 and 360 px, and the controls stay reachable', async () => {
    const largest = Math.max(...TEXT_SIZES);
    const wide: string[] = [];
    for (const width of [320, 360]) {
      const context = await env.browser.newContext({ ...PHONE, viewport: { width, height: 740 } });
      await context.addInitScript(([key, size]) => localStorage.setItem(key as string, JSON.stringify({ size })), [GLOBALS.readingPrefsKey, largest]);
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(env.site.url + path);
        const { overflow, controls } = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - innerWidth,
          // A−, A+, the theme and the way to search: visible, and whole on the screen.
          controls: [...document.querySelectorAll<HTMLElement>('[data-reading-controls] button, .site-links__search, #search-q')].map((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.left >= 0 && box.right <= innerWidth;
          }),
        }));
        if (overflow > 0) wide.push(`${path} at ${width} px: ${overflow} px too wide`);
        if (controls.length < 3 || controls.includes(false)) wide.push(`${path} at ${width} px: a control off the screen`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  }, 240_000);

  it('at the largest text size on a 360 px phone, the worksheet\'s labels and a document\'s details keep their words whole; "Mục trước / Mục sau" stand one under the other; the search box keeps its width, "Tìm" below it', async () => {
    const context = await env.browser.newContext({ ...PHONE, viewport: { width: 360, height: 740 } });
    await context.addInitScript(([key, size]) => localStorage.setItem(key as string, JSON.stringify({ size })), [GLOBALS.readingPrefsKey, Math.max(...TEXT_SIZES)]);
    const page = await context.newPage();
    await page.goto(env.site.url + 'phieu-lien-he.html');
    expect(await page.locator('.worksheet__count label').count()).toBeGreaterThan(4);
    expect(await cutWords(page, '.worksheet label, .worksheet legend')).toEqual([]);
    // A document's details: its number whole ("30/2020/N|Đ-CP" was cut).
    await page.goto(env.site.url + 'van-ban/nd-30-2020-nd-cp.html');
    expect(await cutWords(page, '.doc-meta th, .doc-meta td')).toEqual([]);
    await page.goto(env.site.url + 'a-i-2.html');
    const [previous, next] = await page.$$eval('.prev-next a', (links) => links.map((link) => link.getBoundingClientRect()));
    expect(next.top).toBeGreaterThanOrEqual(previous.bottom);
    expect(previous.width).toBeGreaterThan(280);
    // The search box keeps room for what is typed: "Tìm" goes below it rather than squeeze it (it kept 174 px at 320 px).
    await page.goto(env.site.url + 'tim-kiem.html');
    const [box, button] = await page.$$eval('.search-page__row :is(input, button)', (els) => els.map((el) => el.getBoundingClientRect()));
    expect(box.width).toBeGreaterThan(280);
    expect(button.top).toBeGreaterThanOrEqual(box.bottom);
    await context.close();
  });

  it('a list whose items carry their own numbers adds none: a part\'s sections, the search results', async () => {
    const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(env.site.url + 'a-i.html');
    expect(await page.$eval('.section__children li', (li) => [li.textContent!.trim().slice(0, 3), getComputedStyle(li).listStyleType])).toEqual(['1. ', 'none']);
    await page.goto(env.site.url + 'tim-kiem.html?q=mot%20cua');
    await page.waitForSelector('[data-search-results] li');
    expect(await page.$eval('[data-search-results] li', (li) => [/^\d+\. /.test(li.querySelector('.result__page')!.textContent!.trim()), getComputedStyle(li).listStyleType])).toEqual([true, 'none']);
    await page.close();
  });

  it('the list of documents stands as one card per document on a phone, each value under its column\'s name, no word cut; a table on a wide screen, its status in its column', async () => {
    const read = async (width: number) => {
      const page = await env.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${env.site.url}van-ban/index.html`);
      const table = await page.$$eval('.doc-table tbody tr', (rows) =>
        rows.map((row) => {
          const cells = [...row.children] as HTMLElement[];
          const box = row.getBoundingClientRect();
          return {
            display: getComputedStyle(row).display,
            width: box.width,
            labels: cells.slice(1).map((cell) => getComputedStyle(cell, '::before').content),
            // Each cell's text on as many lines as its words need: a cut word ("quy|ết") would add lines.
            cut: cells.some((cell) => {
              const range = document.createRange();
              range.selectNodeContents(cell);
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
              // A line may also end after a dash ("25/1–|01/02/2021").
              const words = (cell.textContent ?? '').trim().split(/\s+|(?<=[–-])/).length;
              return lines > words;
            }),
            cellTops: cells.map((cell) => Math.round(cell.getBoundingClientRect().top)),
          };
        }),
      );
      const roles = await page.$$eval('.doc-table', (tables) => tables.map((t) => t.getAttribute('role')));
      await page.close();
      return { table, roles };
    };
    const phone = await read(360);
    expect(phone.table.length).toBeGreaterThan(8);
    for (const row of phone.table) {
      expect(row.display).toBe('block');
      expect(row.width).toBeGreaterThan(300);
      expect(row.labels.every((label) => /^".+: "/.test(label))).toBe(true);
      expect(row.cut).toBe(false);
    }
    // Screen readers still read a table (the roles stand in the markup, whatever CSS does).
    expect(phone.roles.every((role) => role === 'table')).toBe(true);
    const wide = await read(1280);
    for (const row of wide.table) {
      expect(row.display).toBe('table-row');
      // Every cell of a row starts on the same line, the status too.
      expect(new Set(row.cellTops).size).toBe(1);
      expect(row.cut).toBe(false);
    }
  });

  it('at the largest text size A+ says it can do no more, and A− at the smallest', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(env.site.url + 'a-i-1.html');
    const state = () => page.$$eval('[data-size]', (buttons) => buttons.map((b) => `${b.getAttribute('data-size')}:${b.getAttribute('aria-disabled')}`));
    expect(await state()).toEqual(['down:false', 'up:false']);
    for (let i = 0; i < TEXT_SIZES.length; i += 1) await page.click('[data-size="up"]', { force: true });
    expect(await state()).toEqual(['down:false', 'up:true']);
    for (let i = 0; i < TEXT_SIZES.length; i += 1) await page.click('[data-size="down"]', { force: true });
    expect(await state()).toEqual(['down:true', 'up:false']);
    await context.close();
  });

  it('a search shows its results on the first screen, where the page kept their place: no typing hint with a search in the address, long titles keep two lines', async () => {
    // Service workers stubbed (register() gives no registration): the page must not fail for it.
    const context = await env.browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.addInitScript(() => {
      const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = []);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as unknown as { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
    });
    // The index comes late, as on a weak link: the page is painted before the results.
    await page.route('**/search-index.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.goto(`${env.site.url}tim-kiem.html?q=${encodeURIComponent('của dân do dân vì dân')}`);
    await page.waitForSelector('[data-search-results] li');
    // The results come where the page had kept their place: nothing above them moves (layout shift).
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
    const onFirstScreen = await page.$$eval('[data-search-results] li', (items) => items.filter((li) => li.getBoundingClientRect().top < innerHeight).length);
    expect(onFirstScreen).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.search-page__intro').isVisible()).toBe(false);
    const title = page.locator('[data-search-results] li .result__page').first();
    const lineHeight = await title.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await title.boundingBox())!.height).toBeLessThanOrEqual(2 * lineHeight + 1);
    // Cut on the screen only: the link still holds the whole title.
    expect(await title.textContent()).toContain('trong sạch, vững mạnh trong thời gian đến');
    // The box emptied: the hint is back (the search is no longer the address's).
    await page.fill('#search-q', '');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchQuery === '');
    expect(await page.locator('.search-page__intro').isVisible()).toBe(true);
    // Before a search, the hint is there; a search typed on the page puts its results in its place.
    await page.goto(`${env.site.url}tim-kiem.html`);
    expect(await page.locator('.search-page__intro').isVisible()).toBe(true);
    await page.fill('#search-q', 'chu ky so');
    await page.waitForSelector('[data-search-results] li');
    expect(await page.locator('.search-page__intro').isVisible()).toBe(false);
    await page.waitForLoadState('load');
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the header\'s links and reading buttons, and the footer\'s links, are a finger\'s target: 40 px tall or more, none narrower than 32 px, a name on one line', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(env.site.url + 'a-ii-2.html');
    // One line: a name broken over two ("Lĩnh / vực cải cách") would be a box twice as tall, and more than one rectangle.
    expect(await page.$$eval('.site-footer a', (links) => links.filter((a) => a.getClientRects().length > 1).map((a) => a.textContent))).toEqual([]);
    const small = await page.$$eval('.site-header .site-links a, .site-header .reading-controls button, .site-footer a', (targets) =>
      targets.map((el) => ({ name: el.textContent!.trim(), box: el.getBoundingClientRect() })).filter(({ box }) => box.height < 40 || box.width < 32).map(({ name, box }) => `${name}: ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    expect(await page.$$eval('.site-header .site-links a', (links) => links.length)).toBe(4);
    await context.close();
  });

  it('the menu\'s entries, the way up, the page\'s own contents, the buttons above a section and the names of the documents\' cards are a finger\'s target too: 40 px tall or more', async () => {
    const context = await env.browser.newContext(PHONE);
    const page = await context.newPage();
    // A section with all of them (a parent part: the way up; headings of its own: its contents), and the cards of the documents.
    const targets: Array<[string, string[]]> = [
      ['b-i-6.html', ['.outline-menu a', '.breadcrumbs a', '.page-toc summary', '.page-toc a', '.section-tools a', '.section-tools button']],
      ['van-ban/index.html', ['.doc-table tbody th a']],
    ];
    for (const [path, selectors] of targets) {
      await page.goto(env.site.url + path);
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.outline-menu details, .page-toc details').forEach((d) => (d.open = true)));
      const found = await page.evaluate((selectors) => selectors.map((selector) => {
        const shown = [...document.querySelectorAll(selector)].map((el) => ({ name: el.textContent!.trim().slice(0, 30), box: el.getBoundingClientRect() })).filter(({ box }) => box.height > 0);
        return { selector, count: shown.length, small: shown.filter(({ box }) => box.height < 40).map(({ name, box }) => `${name}: ${Math.round(box.height)} px`) };
      }), selectors);
      for (const { selector, count, small } of found) {
        expect(count, `${path} ${selector}`).toBeGreaterThan(0);
        expect(small, `${path} ${selector}`).toEqual([]);
      }
    }
    await context.close();
  });

  it('the theme button says what it does', async () => {
    const page = await env.browser.newPage();
    await page.goto(fileBase + 'a-i-1.html');
    expect((await page.textContent('[data-theme-toggle]'))!.trim()).toMatch(/Nền tối/);
    await page.close();
  });

  it('a long page has "Lên đầu trang", floating once a screen down while the reader goes back up (not over the lines read on the way down) or at the end, and it goes to the top', async () => {
    // No offline copy here: its line, coming at any moment, would move the button (tests/browser/offline.test.ts checks the two together).
    const context = await env.browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(env.site.url + 'toan-van.html');
    const toTop = page.locator('[data-to-top]');
    expect(await toTop.isVisible()).toBe(false);
    await page.evaluate(() => scrollTo(0, 3 * innerHeight));
    await page.waitForTimeout(100);
    // Reading on down: below the foot of the screen, off the lines; still there for a keyboard, and shown when reached.
    const onScreen = async () => (await toTop.boundingBox())!.y < 844;
    expect(await onScreen(), 'reading on down').toBe(false);
    await toTop.locator('a').focus();
    expect(await onScreen(), 'reached with the keyboard').toBe(true);
    await toTop.locator('a').blur();
    await page.evaluate(() => scrollTo(0, 2.5 * innerHeight));
    await page.waitForTimeout(100);
    expect(await onScreen(), 'going back up').toBe(true);
    // At the very end, it is there, and covers none of the footer's links.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    expect(await toTop.isVisible(), 'at the end').toBe(true);
    const button = (await toTop.boundingBox())!;
    const covered = await page.$$eval('.site-footer a', (links, b) => links.filter((a) => {
      const r = a.getBoundingClientRect();
      return r.right > b.x && r.left < b.x + b.width && r.bottom > b.y && r.top < b.y + b.height;
    }).map((a) => a.textContent), button);
    expect(covered).toEqual([]);
    // On a phone it is the arrow alone, a finger wide, and still says what it does to a screen reader.
    expect(button.width).toBeLessThanOrEqual(48);
    expect(button.height).toBeLessThanOrEqual(48);
    expect(button.width).toBeGreaterThanOrEqual(44);
    await expect.poll(() => page.getByRole('link', { name: 'Lên đầu trang' }).count()).toBe(1);
    await toTop.locator('a').click();
    await page.waitForFunction(() => scrollY === 0);
    await context.close();
  });

  it('the full text opens with its own list of parts, each leading to its part', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(env.site.url + 'toan-van.html');
    const links = await page.$$eval('.full-text__parts a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) expect(await page.locator(link).count(), link).toBe(1);
    // Centred at a comfortable width on a desktop.
    const box = (await page.locator('.full-text .prose').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 683)).toBeLessThan(40);
    await page.close();
  });

  it('"In mục này" prints the section alone, with one masthead and no navigation', async () => {
    const hasPdftotext = existsSync('/usr/bin/pdftotext');
    if (!hasPdftotext && process.env.CI) throw new Error('pdftotext not found: apt-get install poppler-utils');
    const page = await env.browser.newPage();
    await page.goto(env.site.url + 'a-ii-4.html');
    expect(await page.locator('[data-print-section]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'a-ii-4.pdf'), pdf);
    await page.close();
    if (!hasPdftotext) return console.warn('\n!!! pdftotext missing: the printed section was not read back\n');
    const text = execFileSync('pdftotext', ['-layout', join(ARTIFACTS, 'a-ii-4.pdf'), '-'], { encoding: 'utf8' });
    expect(text.match(/ĐẢNG CỘNG SẢN VIỆT NAM/g)).toHaveLength(1);
    expect(text).toContain('CHI BỘ TRƯỜNG THCS AN HẢI');
    expect(text).toContain('Những nhiệm vụ, giải pháp lớn');
    for (const navigation of ['Mục lục', 'Trang chủ', 'Toàn văn', 'Trình chiếu', 'In mục này', 'Lên đầu trang', 'Mục sau']) expect(text, navigation).not.toContain(navigation);
  });

  for (const mode of ['http', 'file'] as const) {
    it(`copies the link to a paragraph, says so, and the link opens at that paragraph (${mode})`, async () => {
      const base = mode === 'http' ? env.site.url : fileBase;
      const context = await env.browser.newContext(PHONE);
      if (mode === 'http') await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.site.url).origin });
      // From file:// some browsers refuse the clipboard: the address is then shown, selected, to copy by hand.
      else await context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) } }));
      const page = await context.newPage();
      await page.goto(base + 'a-ii-4.html');
      await page.locator('#a-ii-4-p3 > .para-link').click();
      await page.waitForSelector('.toast');
      const copied = mode === 'http' ? await page.evaluate(() => navigator.clipboard.readText()) : await page.inputValue('.toast input');
      if (mode === 'file') expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).selectionEnd)).toBeGreaterThan(20);
      expect(await page.textContent('.toast')).toMatch(/liên kết/);
      expect(copied).toBe(`${base}a-ii-4.html#a-ii-4-p3`);
      const other = await context.newPage();
      await other.goto(copied);
      const top = await other.$eval('#a-ii-4-p3', (el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
      await context.close();
    });
  }
});
