/**
 * 404.html as a server's error page: shown for a missing file at the top of the site and inside
 * one of its folders (van-ban/…), its links, stylesheet and script work from either place.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { recordProblems } from '../support/page-checks';
import { DIST } from '../support/site';

describe.skipIf(!browserTestsEnabled())('the error page for a missing file', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(DIST, '/truong/de-cuong/', { notFoundPage: '404.html' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  // The last: no folder of the site in the address (mistyped), the page asks the server where the site's top is.
  for (const missing of ['khong-co.html', 'van-ban/khong-co.html', 'linh-vuc/cu/khong-co.html', 'a/b/c/khong-co']) {
    it(`${missing}: every link leads to a page of the site, styled, with its reading controls`, async () => {
      const page = await browser.newPage();
      const problems = recordProblems(page, site.url);
      const response = await page.goto(site.url + missing, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      await page.waitForFunction(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor === 'rgb(163, 34, 27)');
      await page.waitForSelector('[data-reading-controls]', { state: 'visible' });
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href).filter((href) => !href.includes('#')));
      expect(links.length).toBeGreaterThan(8);
      for (const link of new Set(links)) {
        expect(link.startsWith(site.url), link).toBe(true);
        expect((await page.request.get(link)).status(), link).toBe(200);
      }
      // The failed first try of the stylesheet and script from the wrong folder is the server's 404; nothing else fails.
      expect(problems.consoleErrors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
      await page.close();
    });
  }
});
