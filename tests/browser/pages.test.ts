/**
 * Every page in real Chromium, served over http under a sub-path and opened from file://:
 * loads with no console error, no failed request and no request outside the site; axe-core
 * finds no violation. Screenshots of the home page and one section go to test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/lib/list-dist';
import { browserTestsEnabled } from '../support/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { axeViolations, recordProblems } from '../support/page-checks';
import { DIST, ROOT } from '../support/site';

const enabled = browserTestsEnabled();
const pages = listFiles(DIST).filter((f) => f.endsWith('.html'));
const SHOTS = join(ROOT, 'test-artifacts/screenshots');
/** Tests that visit every page: a busy 2-core machine needs minutes, not the default minute. */
const SLOW = 300_000;

describe.skipIf(!enabled)('pages in Chromium', () => {
  const env = useBrowserAndSite();
  const fileBase = pathToFileURL(DIST).href + '/';
  beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  for (const [mode, base] of [['http', () => env.site.url], ['file', () => fileBase]] as const) {
    it(`every page loads cleanly over ${mode}`, async () => {
      const context = await env.browser.newContext();
      const report: Record<string, unknown> = {};
      for (const path of pages) {
        const page = await context.newPage();
        const problems = recordProblems(page, base());
        await page.goto(base() + path, { waitUntil: 'load' });
        const title = await page.title();
        if (title === '' ) problems.consoleErrors.push('empty <title>');
        if (Object.values(problems).some((list) => list.length)) report[path] = problems;
        await page.close();
      }
      await context.close();
      expect(report).toEqual({});
    }, SLOW);
  }

  it('axe-core finds no violation on any page', async () => {
    const context = await env.browser.newContext();
    const report: Record<string, string[]> = {};
    for (const path of pages) {
      const page = await context.newPage();
      await page.goto(env.site.url + path);
      const violations = await axeViolations(page);
      if (violations.length) report[path] = violations;
      await page.close();
    }
    await context.close();
    expect(report).toEqual({});
  }, SLOW);

  it('the axe check itself reports a page with known faults', async () => {
    const page = await env.browser.newPage();
    await page.setContent('<html><body><img src="x.png"><a href="a.html"></a></body></html>');
    const violations = await axeViolations(page);
    expect(violations.join('\n')).toMatch(/image-alt/);
    expect(violations.join('\n')).toMatch(/html-has-lang/);
    await page.close();
  });

  it('writes screenshots at phone and desktop sizes, over http and from file://', async () => {
    for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1366, 768]] as const) {
      const context = await env.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      for (const [mode, base] of [['http', env.site.url], ['file', fileBase]] as const) {
        for (const path of ['index.html', 'b-i-6.html']) {
          await page.goto(base + path);
          const file = join(SHOTS, `${path.replace('.html', '')}-${name}-${mode}.png`);
          await page.screenshot({ path: file });
          // The page is laid out for this width: nothing wider than the screen.
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} ${name} ${mode}`).toBeLessThanOrEqual(0);
        }
      }
      await context.close();
    }
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
    const dark = await axeViolations(page);
    expect(dark).toEqual([]);
    await context.close();
  });

  it('without JavaScript the reading controls are not shown (they would do nothing)', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(fileBase + 'a-i-1.html');
    expect(await page.locator('[data-reading-controls]').isVisible()).toBe(false);
    await context.close();
  });

  it('on a desktop the outline menu is open, with the current page marked', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(env.site.url + 'a-i-1.html');
    const current = page.locator('#outline-menu a[aria-current="page"]');
    expect(await current.isVisible()).toBe(true);
    expect(await current.getAttribute('href')).toBe('a-i-1.html');
    await context.close();
  });
});
