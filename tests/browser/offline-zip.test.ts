/**
 * The offline copy: dist/ban-ngoai-tuyen.zip holds the site as built (less the link to the zip
 * itself and Pagefind's files, which cannot run from file://), and unzipped into a new folder it opens from index.html and searches from file://.
 * That every page loads from file:// is checked on dist/ itself (pages.test.ts).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/dist-files';
import { FILES } from '../../src/site/routes';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { recordProblems } from '../support/page-checks';
import { DIST } from '../support/site';

const folder = mkdtempSync(join(tmpdir(), 'usb-'));
const entries = unzipSync(readFileSync(join(DIST, FILES.offlineZip)));
for (const [name, data] of Object.entries(entries)) {
  mkdirSync(dirname(join(folder, name)), { recursive: true });
  writeFileSync(join(folder, name), data);
}
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the offline zip', () => {
  it('holds every file of the site but itself, Pagefind\'s and the service worker, which cannot run from file://', () => {
    expect(Object.keys(entries).sort()).toEqual(listFiles(DIST).filter((f) => f !== FILES.offlineZip && f !== FILES.serviceWorker && !f.startsWith(`${FILES.pagefindDir}/`)));
    expect(Object.keys(entries)).toContain(FILES.searchIndex);
  });
  it('holds the files as built, except the link to the zip, which the copy cannot follow', () => {
    const text = (data: Uint8Array) => new TextDecoder().decode(data);
    for (const [name, data] of Object.entries(entries)) {
      const built = readFileSync(join(DIST, name));
      if (!name.endsWith('.html')) {
        expect(Buffer.compare(Buffer.from(data), built), name).toBe(0);
        continue;
      }
      const copy = parse(text(data));
      expect(copy.querySelectorAll(`a[href$="${FILES.offlineZip}"]`), name).toHaveLength(0);
      const original = parse(built.toString('utf8'));
      original.querySelectorAll('[data-online-only]').forEach((el) => el.remove());
      expect(copy.querySelector('body')?.textContent, name).toBe(original.querySelector('body')?.textContent);
    }
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

  it('opens index.html and searches from its header, without internet', async () => {
    const page = await browser.newPage();
    const problems = recordProblems(page, base);
    await page.goto(`${base}index.html`);
    await page.fill('#site-search-q', 'dung nhan nhu dung moc');
    await page.press('#site-search-q', 'Enter');
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toMatch(/^a-i-3\.html/);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
    await page.close();
  });
});
