/**
 * Offline after one visit (issue 11, item 4), in Chromium over http under a sub-path (127.0.0.1
 * is a secure context, as https is): the first visit stores the site, then with the network cut
 * other pages and search work; a second build with a changed sentence replaces the stored copy
 * and its cache; from file:// nothing registers and nothing is said in the console.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isContentNamed, type OfflineCopy } from '../../src/site/offline-cache';
import { FILES, GLOBALS } from '../../src/site/routes';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { axeViolations, recordProblems, type PageProblems } from '../support/page-checks';
import { DIST, readDist, ROOT } from '../support/site';
import { userEnv } from '../support/user-env';

const SHOTS = join(ROOT, 'test-artifacts/screenshots');
/** The policy the README gives schools (as tests/browser/csp.test.ts reads it). */
const SCHOOL_CSP = readDist('../README.md').match(/Content-Security-Policy: ([^`\n]+)/)![1];
const SENTENCE = 'Nhà nước vì dân nghĩa là nhà nước mưu cầu quyền lợi, hạnh phúc cho nhân dân.';
const CHANGED = 'Nhà nước vì dân nghĩa là nhà nước mưu cầu quyền lợi, hạnh phúc cho toàn thể nhân dân.';

/** The list, version and words the build wrote into a site's sw.js. */
function offlineCopyOf(dist: string): OfflineCopy {
  const text = readFileSync(join(dist, FILES.serviceWorker), 'utf8');
  return JSON.parse(new RegExp(`^self\\.${GLOBALS.offlineCopy}=(.*);$`, 'm').exec(text)![1]) as OfflineCopy;
}

/** In the page: the names of the caches of its origin, and how many entries each holds. */
async function cachesIn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const found: Record<string, number> = {};
    for (const name of await caches.keys()) found[name] = (await (await caches.open(name)).keys()).length;
    return found;
  });
}

/** The problems of a page, less the requests a quick move to the next page cut short (the favicon, mostly). */
function problemsOf(problems: PageProblems): PageProblems {
  return { ...problems, failedRequests: problems.failedRequests.filter((request) => !request.endsWith('(net::ERR_ABORTED)')) };
}
const NO_PROBLEMS: PageProblems = { consoleErrors: [], failedRequests: [], outsideRequests: [] };

/** Waits until the status line says `kind` (ready: the site is stored; updated: a newer version is). */
async function statusSays(page: Page, kind: 'ready' | 'updated'): Promise<string> {
  const line = page.locator(`.offline-status[data-shown="${kind}"]`);
  await line.waitFor({ timeout: 30_000 });
  return (await line.locator('[role="status"]').textContent()) ?? '';
}

describe('the list the build writes into sw.js', () => {
  const copy = offlineCopyOf(DIST);
  it('stores every page, style, script and the search index; not the zip, Pagefind, the preview picture or itself', () => {
    expect(copy.version).toMatch(/^[0-9a-f]{16}$/);
    expect(copy.files).toEqual(expect.arrayContaining(['index.html', 'van-ban/index.html', 'tim-kiem.html', 'toan-van.html', FILES.searchIndex, FILES.webManifest, FILES.appIcon192, FILES.appIcon512]));
    // The site's stylesheet, and the slides', the worksheet's, the search page's and the list of documents' own (their pages load them alone).
    expect(copy.files.filter((f) => f.endsWith('.css'))).toHaveLength(5);
    expect(copy.files.filter((f) => f.startsWith(`${FILES.assetsDir}/`) && f.endsWith('.js')).length).toBeGreaterThanOrEqual(4);
    for (const left of [FILES.offlineZip, FILES.serviceWorker, FILES.previewImage]) expect(copy.files).not.toContain(left);
    expect(copy.files.filter((f) => f.startsWith(`${FILES.pagefindDir}/`))).toEqual([]);
    expect(copy.strings['offline.ready']).toContain('không có mạng');
  });
  it('every page but the error page names the worker relatively, from its own folder', () => {
    for (const [page, href] of [['index.html', 'sw.js'], ['van-ban/index.html', '../sw.js'], ['tim-kiem.html', 'sw.js']]) {
      expect(readFileSync(join(DIST, page), 'utf8'), page).toContain(`<meta name="${GLOBALS.serviceWorkerMeta}" content="${href}">`);
    }
    expect(readFileSync(join(DIST, '404.html'), 'utf8')).not.toContain(`name="${GLOBALS.serviceWorkerMeta}"`);
  });
});

describe.skipIf(!browserTestsEnabled())('offline after one visit, in Chromium', () => {
  const work = mkdtempSync(join(tmpdir(), 'offline-'));
  /** The folder the server serves: a link to one build, then to the other, at the same address. */
  const served = join(work, 'served');
  const secondDist = join(work, 'dist');
  let browser: Browser;
  let site: StaticSite;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // The second build: the same content with one sentence changed, built as a user would.
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const file = join(content, 'de-cuong/a-i-1.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(SENTENCE);
    writeFileSync(file, text.replace(SENTENCE, CHANGED));
    const build = spawnSync('npx', ['astro', 'build', '--outDir', secondDist], {
      cwd: ROOT,
      env: userEnv({ OUTLINE_CONTENT_DIR: content, OUTLINE_CACHE_DIR: join(work, 'cache') }),
      encoding: 'utf8',
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    // Built as `npm run build` builds, not as the test runner's dev mode: its pages name the worker.
    expect(readFileSync(join(secondDist, 'index.html'), 'utf8')).toContain(`<meta name="${GLOBALS.serviceWorkerMeta}"`);
    symlinkSync(DIST, served);
    site = await serveStatic(served, '/truong/de-cuong/');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    page = await context.newPage();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the first visit over http stores the site and says so once, quietly', async () => {
    const problems = recordProblems(page, site.url);
    await page.goto(`${site.url}a-ii-4.html`);
    expect(await statusSays(page, 'ready')).toBe(offlineCopyOf(DIST).strings['offline.ready']);
    await page.screenshot({ path: join(SHOTS, 'offline-ready-phone.png') });
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${site.url}${FILES.serviceWorker}`);
    expect(await page.evaluate(() => (document.querySelector('link[rel="manifest"]') as HTMLLinkElement | null)?.href)).toBe(`${site.url}${FILES.webManifest}`);
    const copy = offlineCopyOf(DIST);
    expect(Object.values(await cachesIn(page))).toEqual([copy.files.length]);
    // The line sits over the foot of the screen, inside it, and does not push the page sideways.
    const box = (await page.locator('.offline-status').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Low on a phone: the words beside "Đóng", not above it (91 px high when they stood above).
    expect(box.height).toBeLessThanOrEqual(64);
    const words = (await page.locator('.offline-status p').boundingBox())!;
    const close = (await page.locator('.offline-status button').boundingBox())!;
    expect(close.x).toBeGreaterThanOrEqual(words.x + words.width);
    // A screen down, the floating "Lên đầu trang" stands above the line, not over its buttons.
    // (Shown as the reader goes back up.)
    await page.evaluate(() => scrollTo(0, 1.6 * innerHeight));
    await page.waitForTimeout(100);
    await page.evaluate(() => scrollTo(0, 1.5 * innerHeight));
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-to-top]')!.hidden);
    const toTop = (await page.locator('[data-to-top]').boundingBox())!;
    expect(toTop.y + toTop.height).toBeLessThanOrEqual(box.y);
    await page.screenshot({ path: join(SHOTS, 'offline-ready-scrolled-phone.png') });
    // At the very end of the page, neither the line nor "Lên đầu trang" covers a link of the footer.
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(100);
    const floating = [box, (await page.locator('[data-to-top]').boundingBox())!];
    const covered = await page.$$eval('.site-footer a', (links, boxes) => links.filter((a) => {
      const r = a.getBoundingClientRect();
      return boxes.some((b) => r.right > b.x && r.left < b.x + b.width && r.bottom > b.y && r.top < b.y + b.height);
    }).map((a) => a.textContent), floating);
    expect(covered).toEqual([]);
    // Closed, it is gone; the next page says nothing more.
    await page.getByRole('button', { name: copy.strings['offline.close'] }).click();
    expect(await page.locator('.offline-status[data-shown]').count()).toBe(0);
    await page.goto(`${site.url}a-i-2.html`);
    await page.waitForTimeout(500);
    expect(await page.locator('.offline-status[data-shown]').count()).toBe(0);
    expect(problemsOf(problems)).toEqual(NO_PROBLEMS);
  });

  it('while the line is shown, a link reached with Tab is never behind it: the page and the sticky outline menu scroll it above (desktop and phone)', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const fresh = await browser.newContext({ viewport });
      const tabbing = await fresh.newPage();
      await tabbing.goto(`${site.url}index.html`);
      await statusSays(tabbing, 'ready');
      const line = (await tabbing.locator('.offline-status').boundingBox())!;
      const behind: string[] = [];
      for (let press = 0; press < 80; press += 1) {
        await tabbing.keyboard.press('Tab');
        const focused = await tabbing.evaluate((top) => {
          const el = document.activeElement;
          if (!el || el === document.body || el.closest('.offline-status')) return '';
          const r = el.getBoundingClientRect();
          return r.bottom > top + 1 && r.top < innerHeight ? `${el.textContent?.trim().slice(0, 40)} (${Math.round(r.top)}–${Math.round(r.bottom)})` : '';
        }, line.y);
        if (focused) behind.push(focused);
      }
      expect(behind, `${viewport.width}×${viewport.height}`).toEqual([]);
      await fresh.close();
    }
  }, 120_000);
  it('with the network cut, three other pages (one in van-ban/) open, styled, with their scripts', async () => {
    await context.setOffline(true);
    const problems = recordProblems(page, site.url);
    for (const path of ['b-i-6.html', 'van-ban/nq-27-nq-tw-2022.html', 'toan-van.html']) {
      const response = await page.goto(site.url + path);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect((await page.locator('h1').first().textContent())?.trim(), path).not.toBe('');
      expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor), path).toBe('rgb(163, 34, 27)');
      await page.locator('[data-reading-controls]').waitFor({ state: 'visible' });
    }
    expect(problemsOf(problems)).toEqual(NO_PROBLEMS);
    await context.setOffline(false);
  });

  it('with the network cut, the zip and a page that does not exist say in the site\'s words that they need the network, and lead home', async () => {
    await context.setOffline(true);
    for (const path of [FILES.offlineZip, 'a-iii.html']) {
      const response = await page.goto(site.url + path);
      expect(response?.status(), path).toBe(503);
      expect(await page.locator('h1').textContent(), path).toBe('Chưa có mạng');
      expect(await page.locator('main').textContent(), path).toContain('cần có mạng');
      await Promise.all([page.waitForEvent('load'), page.click('text=Về trang chủ')]);
      expect(page.url(), path).toBe(`${site.url}index.html`);
      expect(await page.$eval('.site-header', (el) => getComputedStyle(el).backgroundColor), path).toBe('rgb(163, 34, 27)');
    }
    await context.setOffline(false);
  });

  it('with the network cut, search finds the same passages typed with and without tone marks', async () => {
    await context.setOffline(true);
    const problems = recordProblems(page, site.url);
    const firstResults: string[][] = [];
    const pageOf = (href: string) => href.replace(/[?#].*$/, '');
    for (const query of ['đạo đức công vụ', 'dao duc cong vu']) {
      await page.goto(`${site.url}tim-kiem.html?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('[data-search-results][data-search-state="done"] a');
      firstResults.push(await page.$$eval('[data-search-results] > li > a', (links) => links.slice(0, 3).map((a) => a.getAttribute('href') ?? '')).then((hrefs) => hrefs.map(pageOf)));
    }
    expect(firstResults[0].length).toBeGreaterThan(0);
    expect(firstResults[1]).toEqual(firstResults[0]);
    expect(problemsOf(problems)).toEqual(NO_PROBLEMS);
    await context.setOffline(false);
  });

  it('after a new build at the same address, the page says a newer version is stored; reloaded, it shows the new text, and the old cache is gone', async () => {
    const oldCopy = offlineCopyOf(DIST);
    const newCopy = offlineCopyOf(secondDist);
    expect(newCopy.version).not.toBe(oldCopy.version);
    await page.goto(`${site.url}a-i-1.html`);
    expect(await page.locator('main').textContent()).toContain(SENTENCE);
    unlinkSync(served);
    symlinkSync(secondDist, served);
    // Opening a page makes the browser look at sw.js again: the old copy still answers, the new one is stored meanwhile.
    await page.reload();
    expect(await statusSays(page, 'updated')).toBe(newCopy.strings['offline.updated']);
    await page.screenshot({ path: join(SHOTS, 'offline-updated-phone.png') });
    const names = Object.keys(await cachesIn(page));
    expect(names).toHaveLength(1);
    expect(names[0]).toContain(newCopy.version);
    expect(names[0]).not.toContain(oldCopy.version);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: newCopy.strings['offline.reload'] }).click()]);
    const main = await page.locator('main').textContent();
    expect(main).toContain(CHANGED);
    expect(main).not.toContain(SENTENCE);
    // And the new version works with no network as well.
    await context.setOffline(true);
    await page.goto(`${site.url}a-i-1.html#h-a-i-1`);
    expect(await page.locator('main').textContent()).toContain(CHANGED);
    await context.setOffline(false);
  });

  it('under the README\'s Content-Security-Policy too (dark theme): stored, then read with no network', async () => {
    const strict = await serveStatic(DIST, '/truong/de-cuong/', { headers: { 'content-security-policy': SCHOOL_CSP } });
    const dark = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'dark' });
    const darkPage = await dark.newPage();
    const problems = recordProblems(darkPage, strict.url);
    await darkPage.goto(`${strict.url}a-ii-4.html`);
    await statusSays(darkPage, 'ready');
    await darkPage.screenshot({ path: join(SHOTS, 'offline-ready-phone-dark.png') });
    await dark.setOffline(true);
    for (const path of ['van-ban/index.html', 'tim-kiem.html?q=chu%20ky%20so']) {
      expect((await darkPage.goto(strict.url + path))?.fromServiceWorker(), path).toBe(true);
    }
    await darkPage.waitForSelector('[data-search-results][data-search-state="done"] a');
    expect(problemsOf(problems)).toEqual(NO_PROBLEMS);
    await dark.close();
    await strict.close();
  });

  it('a file missing on the server (as when the link drops): nothing is said, the page reads as usual; a page opened later stores the site, asking again for the pages, not for the scripts and styles already stored', async () => {
    const partial = join(work, 'partial');
    cpSync(DIST, partial, { recursive: true });
    rmSync(join(partial, 'toan-van.html'));
    const broken = await serveStatic(partial, '/truong/de-cuong/');
    const fresh = await browser.newContext();
    const freshPage = await fresh.newPage();
    const problems = recordProblems(freshPage, broken.url);
    const missing = fresh.waitForEvent('response', (response) => response.url() === `${broken.url}toan-van.html`);
    await freshPage.goto(`${broken.url}index.html`);
    expect((await missing).status()).toBe(404);
    // The failed first install leaves no registration, and says nothing.
    await freshPage.waitForFunction(async () => !(await navigator.serviceWorker.getRegistration()) && Object.keys(localStorage).some((key) => key.startsWith('de-cuong:offline-failed-at:')));
    expect(await freshPage.locator('.offline-status[data-shown]').count()).toBe(0);
    expect(problemsOf(problems)).toEqual(NO_PROBLEMS);
    // A page opened straight after does not ask for the worker again. (First, the server answers
    // what the failed attempt asked for: on a busy machine its last answers can come late.)
    for (let quiet = 0, waited = 0; quiet < 2 && waited < 40; waited += 1) {
      await freshPage.waitForTimeout(250);
      quiet = broken.takeTraffic().requests === 0 ? quiet + 1 : 0;
    }
    await freshPage.goto(`${broken.url}a-i-1.html`);
    await freshPage.waitForLoadState('load');
    await freshPage.waitForTimeout(1000);
    expect(broken.takeTraffic().requests).toBeLessThan(15);
    expect(await freshPage.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
    // What the failed attempt stored is kept for the next one.
    const keptFiles = Object.values(await cachesIn(freshPage))[0] ?? 0;
    expect(keptFiles).toBeGreaterThan(0);
    const contentNamed = offlineCopyOf(DIST).files.filter(isContentNamed);
    expect(contentNamed.length).toBeGreaterThan(5);
    // The file is back on the server and the wait is over (the failure's time moved back): the
    // next page stores the site, asking again for the pages, not for the scripts and styles stored before.
    cpSync(join(DIST, 'toan-van.html'), join(partial, 'toan-van.html'));
    await freshPage.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('de-cuong:offline-failed-at:')) localStorage.setItem(key, '1 1');
    });
    broken.takeTraffic();
    await freshPage.goto(`${broken.url}a-i-2.html`);
    expect(await statusSays(freshPage, 'ready')).toBe(offlineCopyOf(DIST).strings['offline.ready']);
    const files = offlineCopyOf(DIST).files.length;
    expect(Object.values(await cachesIn(freshPage))).toEqual([files]);
    // The pages are asked for again (the server may have been half-way through an upload), the
    // scripts and styles stored before are not: their names carry their content's hash.
    const asked = broken.takeTraffic().paths;
    expect(asked).toContain('toan-van.html');
    // A page the first attempt did store is asked for again all the same.
    expect(asked).toContain('phan-a.html');
    expect(asked.filter((path) => contentNamed.includes(path) && !/^assets\/(page-setup|style)\./.test(path))).toEqual([]);
    // Stored: the count of failures starts again.
    await freshPage.waitForFunction(() => !Object.keys(localStorage).some((key) => key.startsWith('de-cuong:offline-failed-at:')));
    await fresh.setOffline(true);
    expect((await freshPage.goto(`${broken.url}toan-van.html`))?.fromServiceWorker()).toBe(true);
    await fresh.close();
    await broken.close();
  });

  it('a first copy slow to store (a weak link) says how far it has come, then that it is stored; one that fails takes its line away, and says nothing more', async () => {
    const copy = offlineCopyOf(DIST);
    // The search index comes 4 s after it is asked for; the pages and scripts at once.
    const slow = await serveStatic(DIST, '/truong/de-cuong/', { delay: (path) => (path === FILES.searchIndex ? 4000 : 0) });
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const slowPage = await fresh.newPage();
    await slowPage.goto(`${slow.url}a-i-1.html`);
    const storing = slowPage.locator('.offline-status[data-shown="storing"]');
    await storing.waitFor({ timeout: 15_000 });
    expect(await storing.locator('[role="status"]').textContent()).toBe(copy.strings['offline.storing']);
    // How far, to the eye (a screen reader is not read every count).
    const progress = storing.locator('.offline-status__progress');
    expect(await progress.getAttribute('aria-hidden')).toBe('true');
    const [done, total] = (/^Đã lưu (\d+)\/(\d+) tệp\.$/.exec((await progress.textContent()) ?? '') ?? []).slice(1).map(Number);
    expect(total).toBe(copy.files.length);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(total);
    await slowPage.screenshot({ path: join(SHOTS, 'offline-storing-phone.png') });
    expect(await statusSays(slowPage, 'ready')).toBe(copy.strings['offline.ready']);
    await fresh.close();
    await slow.close();
    // Failed: a page missing on the server, and the index slow, so that the line shows first.
    const partial = join(work, 'partial-slow');
    cpSync(DIST, partial, { recursive: true });
    rmSync(join(partial, 'toan-van.html'));
    const broken = await serveStatic(partial, '/truong/de-cuong/', { delay: (path) => (path === FILES.searchIndex ? 4000 : 0) });
    const failing = await browser.newContext();
    const failingPage = await failing.newPage();
    await failingPage.goto(`${broken.url}a-i-1.html`);
    await failingPage.locator('.offline-status[data-shown="storing"]').waitFor({ timeout: 15_000 });
    await failingPage.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('de-cuong:offline-failed-at:')), undefined, { timeout: 15_000 });
    expect(await failingPage.locator('.offline-status[data-shown]').count()).toBe(0);
    await failing.close();
    await broken.close();
  });

  it('a server that refuses the manifest (IIS until .webmanifest is added): the rest is stored and says so', async () => {
    const noManifest = join(work, 'no-manifest');
    cpSync(DIST, noManifest, { recursive: true });
    rmSync(join(noManifest, FILES.webManifest));
    const server = await serveStatic(noManifest, '/truong/de-cuong/');
    const fresh = await browser.newContext();
    const freshPage = await fresh.newPage();
    await freshPage.goto(`${server.url}index.html`);
    expect(await statusSays(freshPage, 'ready')).toBe(offlineCopyOf(DIST).strings['offline.ready']);
    expect(Object.values(await cachesIn(freshPage))).toEqual([offlineCopyOf(DIST).files.length - 1]);
    await fresh.close();
    await server.close();
  });

  it('from file:// nothing registers, no manifest is linked, and the console stays quiet', async () => {
    const fileContext = await browser.newContext();
    await fileContext.addInitScript(() => {
      const w = window as unknown as { registerCalls: number };
      w.registerCalls = 0;
      const original = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        w.registerCalls += 1;
        return original.apply(this, args);
      };
    });
    const base = pathToFileURL(DIST).href + '/';
    const filePage = await fileContext.newPage();
    const problems = recordProblems(filePage, base);
    for (const path of ['index.html', 'van-ban/index.html', 'tim-kiem.html?q=dao%20duc']) {
      await filePage.goto(base + path, { waitUntil: 'load' });
      await filePage.waitForTimeout(300);
      expect(await filePage.evaluate(() => (window as unknown as { registerCalls: number }).registerCalls), path).toBe(0);
      expect(await filePage.locator('link[rel="manifest"], .offline-status').count(), path).toBe(0);
    }
    expect(problemsOf(problems)).toEqual(NO_PROBLEMS);
    // The same spy over http sees the registration (the check can fail).
    const httpPage = await fileContext.newPage();
    await httpPage.goto(`${site.url}index.html`, { waitUntil: 'load' });
    await httpPage.waitForFunction(() => (window as unknown as { registerCalls: number }).registerCalls === 1);
    await fileContext.close();
  });
});
