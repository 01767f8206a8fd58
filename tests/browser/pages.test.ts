/**
 * Every page in real Chromium, one test per page: served over http under a sub-path it loads
 * with no console error, no failed request and no request outside the site, and axe-core finds
 * no violation; opened from file:// it loads cleanly too. Then what only some pages have: the
 * menu on phones and desktops, the reading controls, screenshots (test-artifacts/).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/dist-files';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { AXE_FILE, axeViolations, recordProblems, takeProblems, type PageProblems } from '../support/page-checks';
import { DIST, ROOT } from '../support/site';

const enabled = browserTestsEnabled();
const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
const SHOTS = join(ROOT, 'test-artifacts/screenshots');
const fileBase = pathToFileURL(DIST).href + '/';
describe.skipIf(!enabled)('every page in Chromium', () => {
  const env = useBrowserAndSite();
  let http: Page;
  let file: Page;
  let httpProblems: PageProblems;
  let fileProblems: PageProblems;
  beforeAll(async () => {
    // One tab for each way of opening, reused from page to page: a new tab costs more than the checks.
    http = await env.browser.newPage();
    file = await env.browser.newPage();
    httpProblems = recordProblems(http, env.site.url);
    fileProblems = recordProblems(file, fileBase);
  });

  describe('loads cleanly over http (axe-core clean) and from file://', () => {
    for (const path of pages) {
      it(path, async () => {
        takeProblems(httpProblems);
        await http.goto(env.site.url + path, { waitUntil: 'load' });
        expect(await http.title()).not.toBe('');
        expect(await axeViolations(http, env.site.url + AXE_FILE)).toEqual([]);
        expect(takeProblems(httpProblems)).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
        takeProblems(fileProblems);
        await file.goto(fileBase + path, { waitUntil: 'load' });
        expect(takeProblems(fileProblems)).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
      });
    }
  });

  it('the axe check itself reports a page with known faults', async () => {
    const page = await env.browser.newPage();
    await page.setContent('<html><body><img src="x.png"><a href="a.html"></a></body></html>');
    const violations = await axeViolations(page);
    expect(violations.join('\n')).toMatch(/image-alt/);
    expect(violations.join('\n')).toMatch(/html-has-lang/);
    await page.close();
  });

  describe('screenshots and layout', () => {
    beforeAll(() => mkdirSync(SHOTS, { recursive: true }));
    it('writes screenshots at phone and desktop sizes, over http and from file://, nothing wider than the screen', async () => {
      for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1366, 768]] as const) {
        const context = await env.browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        for (const [mode, base] of [['http', env.site.url], ['file', fileBase]] as const) {
          for (const path of ['index.html', 'b-i-6.html']) {
            await page.goto(base + path);
            await page.screenshot({ path: join(SHOTS, `${path.replace('.html', '')}-${name}-${mode}.png`) });
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            expect(overflow, `${path} ${name} ${mode}`).toBeLessThanOrEqual(0);
          }
        }
        await context.close();
      }
    });
  });

  it('on a phone the outline menu is folded and opens without JavaScript', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fileBase + 'a-i-1.html');
    const firstLink = page.locator('#outline-menu .tree a').first();
    expect(await firstLink.isVisible()).toBe(false);
    await page.locator('#outline-menu summary').click();
    expect(await firstLink.isVisible()).toBe(true);
    await context.close();
  });

  it('text size and dark theme are remembered across pages from file://, applied before the first paint', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(fileBase + 'a-i-1.html');
    const before = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    await page.click('[data-size="up"]');
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('[data-theme-toggle]', 'aria-pressed')).toBe('true');
    await page.goto(fileBase + 'b-i-6.html', { waitUntil: 'commit' });
    // As soon as the body starts, <html> already carries the choices (the script runs in <head>).
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.waitForLoadState('load');
    const after = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    expect(parseFloat(after)).toBeCloseTo(parseFloat(before) * 1.125, 1);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 23, 27)');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('the focus ring stands out at least 3:1 from what is around it, in both themes, on the page and in the grey boxes (WCAG 1.4.11)', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    /** The focused element's outline colour against the first opaque background behind it, as a contrast ratio. */
    const ringContrast = () =>
      page.evaluate(() => {
        const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) => {
          const c = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
          return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        };
        const focused = document.activeElement!;
        let under: Element | null = focused.parentElement;
        while (under && (rgb(getComputedStyle(under).backgroundColor)[3] === 0 || getComputedStyle(under).backgroundColor === 'transparent')) under = under.parentElement;
        const ring = luminance(rgb(getComputedStyle(focused).outlineColor));
        const back = luminance(rgb(getComputedStyle(under ?? document.documentElement).backgroundColor));
        return (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05);
      });
    for (const theme of ['light', 'dark']) {
      await page.goto(fileBase + 'phieu-lien-he.html');
      if (theme === 'dark') await page.click('[data-theme-toggle]');
      // A link on the page's background, and a text box in a grey box.
      await page.locator('main a').first().focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      expect(await ringContrast(), `${theme}: a link`).toBeGreaterThanOrEqual(3);
      await page.locator('main textarea').first().focus();
      expect(await ringContrast(), `${theme}: a text box in its grey box`).toBeGreaterThanOrEqual(3);
      // The skip link, shown on focus: its words readable on its own background in either theme.
      await page.focus('.skip-link');
      const [text, back] = await page.$eval('.skip-link', (link) => [getComputedStyle(link).color, getComputedStyle(link).backgroundColor]);
      expect(text, `${theme}: the skip link's words`).toBe('rgb(255, 255, 255)');
      expect(back, `${theme}: the skip link's background`).toBe('rgb(27, 27, 31)');
    }
    await context.close();
  });

  it('without JavaScript the reading controls are not shown (they would do nothing)', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fileBase + 'a-i-1.html');
    expect(await page.locator('[data-reading-controls]').isVisible()).toBe(false);
    await context.close();
  });

  it('the header\'s search box shows its whole placeholder at every width it is shown at', async () => {
    const page = await env.browser.newPage();
    const cut: string[] = [];
    // 1268: the narrowest window whose header holds the search box on the title's row.
    for (const width of [700, 1024, 1268, 1280, 1300, 1366, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(fileBase + 'a-ii-2.html');
      const { room, needed } = await page.$eval('#site-search-q', (el) => {
        const input = el as HTMLInputElement;
        const style = getComputedStyle(input);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        return { room: input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight), needed: context.measureText(input.placeholder).width };
      });
      if (room < needed) cut.push(`${width}: ${Math.round(room)} < ${Math.round(needed)}`);
    }
    expect(cut).toEqual([]);
    await page.close();
  });

  it('the header\'s links stand at the same distance from the left on every page, the search page (no search box there) too', async () => {
    const page = await env.browser.newPage();
    const moved: string[] = [];
    for (const width of [390, 1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const placeOn = async (path: string) => {
        await page.goto(fileBase + path);
        // Its height may differ by the search box's few pixels; its links do not move sideways.
        return page.$eval('.site-links', (links) => Math.round(links.getBoundingClientRect().left));
      };
      const [section, search] = [await placeOn('a-ii-2.html'), await placeOn('tim-kiem.html')];
      if (section !== search) moved.push(`${width}: ${section} on a section, ${search} on the search page`);
    }
    expect(moved).toEqual([]);
    await page.close();
  });

  it('on a desktop the outline menu is open, with the current page marked', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(env.site.url + 'a-i-1.html');
    const current = page.locator('#outline-menu a[aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    expect(await current.getAttribute('href')).toBe('a-i-1.html');
    // A page of Part B or C stands far down the list: the column shows it on the first screen.
    for (const path of ['b-i-6.html', 'phan-c.html']) {
      await page.goto(env.site.url + path);
      const box = await page.locator('#outline-menu a[aria-current="page"]').boundingBox();
      expect(box!.y, path).toBeGreaterThan(0);
      expect(box!.y + box!.height, path).toBeLessThanOrEqual(768);
      // The page itself still opens at its top.
      expect(await page.evaluate(() => scrollY), path).toBe(0);
    }
    // Its heading does not fold it there (the list stays shown, so it stays "expanded").
    await page.focus('#outline-menu summary');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(50);
    expect(await page.$eval('#outline-menu', (menu) => (menu as HTMLDetailsElement).open)).toBe(true);
    await context.close();
  });

  it('a reading page loads the script that marks a search result\'s words only when opened from a result', async () => {
    const page = await env.browser.newPage();
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('highlight-search-words')));
    await page.goto(env.site.url + 'a-ii-2.html');
    expect(await loaded()).toBe(false);
    await page.goto(env.site.url + 'a-ii-2.html?hl=m%E1%BB%99t%20c%E1%BB%ADa#a-ii-2-p1');
    await page.waitForSelector('main mark.search-hit');
    expect(await loaded()).toBe(true);
    expect((await page.$$eval('main mark.search-hit', (marks) => marks.map((mark) => mark.textContent))).join(' ')).toContain('một cửa');
    await page.close();
  });
});
