/**
 * A school server with a strict Content-Security-Policy (README, "Publishing on a web server"):
 * no inline script or style may run, yet pages are styled, the worksheet saves and search works.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { submitSearch } from '../../tools/harness/search-page';
import { recordProblems } from '../support/page-checks';
import { DIST, readDist } from '../support/site';

/** The policy the README gives schools, word for word. */
export const SCHOOL_CSP = readDist('../README.md').match(/Content-Security-Policy: ([^`\n]+)/)![1];

describe.skipIf(!browserTestsEnabled())('under the README\'s Content-Security-Policy', () => {
  let browser: Browser;
  let site: StaticSite;
  beforeAll(async () => {
    site = await serveStatic(DIST, '/truong/de-cuong/', { headers: { 'content-security-policy': SCHOOL_CSP } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is strict: no inline script or style is allowed', () => {
    expect(SCHOOL_CSP).toMatch(/script-src 'self'/);
    expect(SCHOOL_CSP).toMatch(/style-src 'self'/);
    expect(SCHOOL_CSP).not.toMatch(/unsafe-inline/);
  });

  it('pages are styled and their scripts run, with no violation reported', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page, site.url);
    for (const path of ['index.html', 'van-ban/index.html', 'a-ii-4.html']) {
      await page.goto(site.url + path);
      // The header's colour comes from the stylesheet; the reading buttons show only once the page script ran.
      expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor), path).toBe('rgb(163, 34, 27)');
      expect(await page.locator('[data-reading-controls]').isVisible(), path).toBe(true);
    }
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
    await page.close();
  });

  it('the worksheet saves and search finds', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}phieu-lien-he.html`);
    await page.waitForSelector('[data-worksheet][data-ready]', { state: 'attached' });
    await page.fill('input[name="cell"]', 'Chi bộ thử CSP');
    await page.reload();
    await page.waitForSelector('[data-worksheet][data-ready]', { state: 'attached' });
    expect(await page.inputValue('input[name="cell"]')).toBe('Chi bộ thử CSP');
    await page.goto(`${site.url}tim-kiem.html`);
    await submitSearch(page, 'chu ky so');
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toMatch(/^b-i-6\.html/);
    await page.close();
  });
});
