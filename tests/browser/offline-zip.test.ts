/**
 * The offline copy: dist/ban-ngoai-tuyen.zip, unzipped into a new folder, opens from its
 * index.html with every page loading cleanly and search working, from file://.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../src/lib/check-links';
import { listFiles, readPages } from '../../src/lib/list-dist';
import { OFFLINE_ZIP } from '../../src/lib/site-pages';
import { browserTestsEnabled, launchChromium } from '../support/chromium';
import { recordProblems } from '../support/page-checks';
import { DIST } from '../support/site';

const folder = mkdtempSync(join(tmpdir(), 'usb-'));
const entries = unzipSync(readFileSync(join(DIST, OFFLINE_ZIP)));
for (const [name, data] of Object.entries(entries)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), data);
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the offline zip', () => {
  it('holds every file of the site but itself', () => {
    expect(Object.keys(entries).sort()).toEqual(listFiles(DIST).filter((f) => f !== OFFLINE_ZIP));
  });
  it('has no broken link, not even to the zip it came from', () => {
    const files = listFiles(folder);
    const report = checkSiteLinks(readPages(folder, files), new Set(files), { ignoreUnreachable: ['404.html'] });
    expect(report).toEqual({ problems: [], unreachable: [] });
  });
});

describe.skipIf(!browserTestsEnabled())('the unzipped copy in Chromium from file://', () => {
  let browser: Browser;
  const base = pathToFileURL(folder).href + '/';
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens every page with no error and no request outside the folder', async () => {
    const report: Record<string, unknown> = {};
    for (const path of listFiles(folder).filter((f) => f.endsWith('.html'))) {
      const page = await browser.newPage();
      const problems = recordProblems(page, base);
      await page.goto(base + path);
      if (Object.values(problems).some((list) => list.length)) report[path] = problems;
      await page.close();
    }
    expect(report).toEqual({});
  }, 300_000);

  it('searches from index.html, without internet', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}index.html`);
    await page.fill('#site-search-q', 'dung nhan nhu dung moc');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toMatch(/^a-i-3\.html/);
    await page.close();
  });
});
