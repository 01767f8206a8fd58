/**
 * The meeting mode (trinh-chieu.html) in real browsers, from file:// (the USB copy) and over
 * http under a sub-path (the school's website): PageDown through every slide and PageUp back
 * (what a presentation clicker sends); each slide fits the screen at 1280×720 and 1920×1080
 * with no scrolling and no clipped text, body text at least 28 px at 1280×720; every sentence
 * of the outline stands on the slides, in order; a section's link opens its first slide and a
 * reload stays on the slide. Screenshots go to test-artifacts/slides/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { firefoxTestsEnabled, launchFirefox } from '../support/firefox';
import { recordProblems, takeProblems } from '../support/page-checks';
import { DIST, readDist, ROOT } from '../support/site';
import { serveStatic } from '../../tools/harness/static-server';
import { applyFixes, missingInOrder, sourceUnits, themeIndex } from '../support/source-units';
import { collapseWhitespace } from '../../src/site/text';
import { WHEEL_REST_MS } from '../../src/site/slide-controls';

const PAGE = 'trinh-chieu.html';
const SHOTS = join(ROOT, 'test-artifacts/slides');
const fileBase = pathToFileURL(DIST).href + '/';
const NO_PROBLEMS = { consoleErrors: [], failedRequests: [], outsideRequests: [] };

interface SlideReading {
  number: number;
  id: string;
  kind: string;
  hash: string;
  /** The words of the slide's body as the reader sees them. */
  text: string;
  body: { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number };
  page: { scrollHeight: number; clientHeight: number; scrollWidth: number; clientWidth: number };
  /** The smallest font size of an element of the body that holds words of its own. */
  smallestFont: number;
  /** Elements of the body that stand (partly) outside it, and whether the footer's name is cut. */
  outside: string[];
  footerCut: boolean;
  inView: boolean;
  overflowing: boolean;
}

/** Runs in the page: what is on screen now. */
function readCurrentSlide(): SlideReading {
  const slide = document.querySelector<HTMLElement>('.slide.is-current')!;
  const body = slide.querySelector<HTMLElement>('.slide__body')!;
  const box = body.getBoundingClientRect();
  const elements = Array.from(body.querySelectorAll<HTMLElement>('*'));
  const worded = elements.filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''));
  const outside = elements
    .filter((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && (r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1);
    })
    .map((el) => `${el.tagName}: ${(el.textContent ?? '').slice(0, 50)}`);
  const name = slide.querySelector<HTMLElement>('.slide__name')!;
  const frame = slide.getBoundingClientRect();
  const root = document.documentElement;
  return {
    number: Number(root.dataset.slide),
    id: slide.id,
    kind: slide.className,
    hash: decodeURIComponent(location.hash.slice(1)),
    text: body.innerText,
    body: { scrollHeight: body.scrollHeight, clientHeight: body.clientHeight, scrollWidth: body.scrollWidth, clientWidth: body.clientWidth },
    page: { scrollHeight: root.scrollHeight, clientHeight: root.clientHeight, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth },
    smallestFont: Math.min(...worded.map((el) => parseFloat(getComputedStyle(el).fontSize))),
    outside,
    footerCut: name.scrollWidth > name.clientWidth + 1,
    inView: frame.left >= -0.5 && frame.top >= -0.5 && frame.right <= innerWidth + 0.5 && frame.bottom <= innerHeight + 0.5,
    overflowing: body.classList.contains('is-overflowing'),
  };
}

const readSlide = (page: Page) => page.evaluate(readCurrentSlide);

/** What does not fit on a slide as read: an empty list when it fits. */
function fitProblems(s: SlideReading): string[] {
  const problems: string[] = [];
  if (s.body.scrollHeight > s.body.clientHeight) problems.push(`text taller than the slide (${s.body.scrollHeight} > ${s.body.clientHeight})`);
  if (s.body.scrollWidth > s.body.clientWidth) problems.push(`text wider than the slide (${s.body.scrollWidth} > ${s.body.clientWidth})`);
  if (s.page.scrollHeight > s.page.clientHeight || s.page.scrollWidth > s.page.clientWidth) problems.push('the page scrolls');
  if (s.outside.length) problems.push(`clipped: ${s.outside.join(' | ')}`);
  if (s.footerCut) problems.push('the section name in the footer is cut');
  if (!s.inView) problems.push('the slide is not wholly on screen');
  if (s.overflowing) problems.push('the script had to make the slide scroll');
  return problems.map((p) => `slide ${s.number} (${s.id}): ${p}`);
}

/** PageDown through the deck from the first slide to the last (checking each), one more at the end, then PageUp back. */
async function walkDeck(page: Page): Promise<SlideReading[]> {
  const total = await page.locator('.slide').count();
  const slides: SlideReading[] = [];
  for (let n = 1; n <= total; n += 1) {
    const slide = await readSlide(page);
    expect(slide.number, 'PageDown shows the next slide').toBe(n);
    expect(slide.hash, 'the URL follows the slide').toBe(n === 1 ? '' : slide.id);
    slides.push(slide);
    await page.keyboard.press('PageDown');
  }
  expect((await readSlide(page)).number, 'PageDown on the last slide stays there').toBe(total);
  for (let n = total - 1; n >= 1; n -= 1) {
    await page.keyboard.press('PageUp');
    expect((await readSlide(page)).number, 'PageUp shows the slide before').toBe(n);
  }
  return slides;
}

const enabled = browserTestsEnabled();
describe.skipIf(!enabled)('the meeting mode in Chromium', () => {
  const env = useBrowserAndSite();
  let context: BrowserContext;
  let page: Page;
  /** The slides as read at 1280×720 from file://, for the checks of their words. */
  let slides: SlideReading[] = [];
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await env.browser.newContext({ viewport: { width: 1280, height: 720 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  for (const mode of ['file', 'http'] as const) {
    it(`${mode}: PageDown through every slide and PageUp back; at 1280×720 each fits, body text ≥ 28 px`, async () => {
      const base = mode === 'file' ? fileBase : env.site.url;
      // A tab of its own: the other way's page may still be asking for its icon.
      const tab = await context.newPage();
      const problems = recordProblems(tab, base);
      await tab.goto(base + PAGE);
      const read = await walkDeck(tab);
      expect(read.length).toBeGreaterThan(40);
      expect(read.flatMap(fitProblems)).toEqual([]);
      const smallest = Math.min(...read.map((s) => s.smallestFont));
      expect(smallest).toBeGreaterThanOrEqual(28);
      console.log(`meeting mode (${mode}): ${read.length} slides; smallest body text at 1280×720: ${smallest} px`);
      await tab.waitForLoadState('load');
      expect(takeProblems(problems)).toEqual(NO_PROBLEMS);
      await tab.close();
      if (mode === 'file') slides = read;
    });
  }

  it('at 1920×1080 each slide fits the screen too, drawn larger', async () => {
    const large = await env.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const tab = await large.newPage();
    await tab.goto(env.site.url + PAGE);
    const read: SlideReading[] = [];
    const total = await tab.locator('.slide').count();
    for (let n = 1; n <= total; n += 1) {
      read.push(await readSlide(tab));
      await tab.keyboard.press('PageDown');
    }
    expect(read.map((s) => s.number)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(read.flatMap(fitProblems)).toEqual([]);
    expect(Math.min(...read.map((s) => s.smallestFont))).toBeGreaterThanOrEqual(42);
    await tab.screenshot({ path: join(SHOTS, 'last-1920x1080.png') });
    await large.close();
  });

  describe('the outline word for word on the slides (P2)', () => {
    const units = sourceUnits();
    const themeAt = themeIndex(units);
    const words = () => collapseWhitespace(slides.filter((s) => !s.kind.includes('slide--quote')).map((s) => s.text).join('\n'));

    it('every sentence stands on the slides, in the outline\'s order', () => {
      expect(slides.length).toBeGreaterThan(40);
      expect(missingInOrder(units.slice(themeAt), words())).toEqual([]);
    });
    it('the masthead and title lines stand on the title slide', () => {
      const title = collapseWhitespace(slides[0].text);
      expect(units.slice(0, themeAt).map(applyFixes).filter((u) => !title.includes(u))).toEqual([]);
    });
    it('each quotation slide repeats words of the outline, and the last slide closes with the reporter\'s name', () => {
      const quotes = slides.filter((s) => s.kind.includes('slide--quote'));
      expect(quotes.length).toBe(7);
      for (const quote of quotes) {
        const said = /“([^”]+)”/.exec(quote.text)![1];
        expect(words(), quote.id).toContain(said);
      }
      const last = collapseWhitespace(slides.at(-1)!.text);
      expect(last).toMatch(/phục vụ nhân dân\.\/\. Người báo cáo Dương Văn Nông$/);
    });
    it('the comparison would see a sentence missing or out of order (the check can fail)', () => {
      expect(missingInOrder(['Hai.', 'Một.'], 'Một. Hai.')).toEqual(['Một.']);
    });
  });

  it('a section\'s link opens its first slide; every section has one; a reload stays on the slide', async () => {
    const sections = slides.filter((s) => !s.id.includes('--') && s.number > 1).map((s) => s.id);
    expect(sections.length).toBeGreaterThanOrEqual(19);
    for (const id of sections) {
      await page.goto(`${fileBase}${PAGE}#${id}`);
      const slide = await readSlide(page);
      expect(slide.id, id).toBe(id);
      expect(slide.number, id).toBe(slides.find((s) => s.id === id)!.number);
    }
    // From a section page, as a secretary would: its "Trình chiếu" link.
    await page.goto(`${env.site.url}a-ii-3.html`);
    await page.click('.present-link a');
    await page.waitForURL(/trinh-chieu\.html#a-ii-3$/);
    expect((await readSlide(page)).id).toBe('a-ii-3');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    const before = await readSlide(page);
    expect(before.hash).toBe(before.id);
    await page.reload();
    expect((await readSlide(page)).number).toBe(before.number);
    await page.goto(`${fileBase}${PAGE}#${before.id}`);
    await page.reload();
    expect((await readSlide(page)).id, 'from file:// too').toBe(before.id);
    // A malformed address opens the first slide, not a blank screen.
    await page.goto(`${fileBase}${PAGE}#%E0%A4%A`);
    expect(await page.evaluate(() => [document.documentElement.dataset.slide, document.querySelectorAll('.slide.is-current').length])).toEqual(['1', 1]);
  });

  it('the other keys: → ↓ Space Enter forward, ← ↑ back, Home and End, a number then Enter, D for the dark look', async () => {
    await page.goto(fileBase + PAGE);
    const at = async () => (await readSlide(page)).number;
    /** Which of "Trang trước" and "Trang sau" say they do nothing (at the first slide, the last). */
    const ends = () => Promise.all(['previous', 'next'].map((name) => page.getAttribute(`[data-deck="${name}"]`, 'aria-disabled')));
    expect(await ends()).toEqual(['true', 'false']);
    for (const [key, expected] of [['ArrowRight', 2], ['ArrowDown', 3], ['Space', 4], ['Enter', 5], ['ArrowLeft', 4], ['ArrowUp', 3], ['End', slides.length], ['Home', 1]] as const) {
      await page.keyboard.press(key);
      expect(await at(), key).toBe(expected);
      if (key === 'End') expect(await ends()).toEqual(['false', 'true']);
    }
    await page.keyboard.type('12');
    expect(await page.locator('[data-deck-goto]').textContent()).toContain('12');
    await page.keyboard.press('Enter');
    expect(await at()).toBe(12);
    expect(await page.locator('[data-deck-goto]').isVisible()).toBe(false);
    await page.keyboard.type('999');
    await page.keyboard.press('Enter');
    expect(await at(), 'a number past the end goes to the last slide').toBe(slides.length);

    await page.keyboard.press('d');
    expect(await page.evaluate(() => document.documentElement.dataset.deckTheme)).toBe('dark');
    expect(await page.$eval('.slide.is-current', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.deckTheme), 'the dark look is remembered').toBe('dark');
    await page.keyboard.press('d');
    expect(await page.$eval('.slide.is-current', (el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('the buttons move the slides and the exit leads to the section\'s page, at the slide\'s paragraph', async () => {
    await page.goto(`${env.site.url}${PAGE}#a-i-2`);
    await page.click('[data-deck="next"]');
    const next = await readSlide(page);
    expect(next.id).toBe('a-i-2--2');
    await page.click('[data-deck="previous"]');
    expect((await readSlide(page)).id).toBe('a-i-2');
    // After a click the clicker's keys move the slides again, not the button.
    await page.keyboard.press('Enter');
    expect((await readSlide(page)).id).toBe('a-i-2--2');
    // The mouse wheel too: a notch up goes back, once rested a notch down forward again.
    await page.mouse.move(640, 300);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(() => location.hash === '#a-i-2');
    await page.waitForTimeout(WHEEL_REST_MS + 150);
    await page.mouse.wheel(0, 100);
    await page.waitForFunction(() => location.hash === '#a-i-2--2');
    // Leaving the slides opens the page where the slide stands: its first paragraph, below the sticky header.
    expect(await page.getAttribute('[data-deck="exit"]', 'href')).toBe('a-i-2.html#a-i-2-p1');
    await page.click('[data-deck="exit"]');
    await page.waitForURL(/a-i-2\.html#a-i-2-p1$/);
    const place = await page.$eval('#a-i-2-p1', (p) => {
      const header = document.querySelector('header');
      const sticky = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
      return { top: p.getBoundingClientRect().top, sticky, height: innerHeight };
    });
    expect(place.top).toBeGreaterThanOrEqual(place.sticky);
    expect(place.top).toBeLessThan(place.height / 2);
  });

  it('the buttons, shown, cover neither the slide\'s number nor its section\'s name at 16:9 screen sizes', async () => {
    for (const [width, height] of [[1280, 720], [1366, 768], [1600, 900], [1920, 1080], [1024, 600]]) {
      const tab = await env.browser.newPage({ viewport: { width, height } });
      await tab.goto(`${env.site.url}${PAGE}#a-ii-3--2`);
      const overlap = await tab.evaluate(() => {
        const bar = document.querySelector('[data-deck-controls]')!.getBoundingClientRect();
        const footer = document.querySelector('.slide.is-current .slide__footer')!.getBoundingClientRect();
        return { shown: !document.querySelector('[data-deck-controls]')!.classList.contains('is-idle'), gap: bar.top - footer.bottom };
      });
      expect(overlap.shown, `${width}×${height}`).toBe(true);
      expect(overlap.gap, `${width}×${height}: the bar's top below the footer's foot`).toBeGreaterThanOrEqual(0);
      await tab.close();
    }
  });

  it('F (or the button) asks for full screen; Esc (or F) leaves it', async () => {
    await page.goto(fileBase + PAGE);
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null && document.querySelector('[data-deck="fullscreen"]')?.getAttribute('aria-pressed') === 'true');
    expect(fitProblems(await readSlide(page))).toEqual([]);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.click('[data-deck="fullscreen"]');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press('F');
    // The button follows the change of state, which the browser reports a moment later.
    await page.waitForFunction(() => document.fullscreenElement === null && document.querySelector('[data-deck="fullscreen"]')?.getAttribute('aria-pressed') === 'false');
    // Out of full screen, Esc closes the keys' help if open; a slide number being typed, it forgets it.
    await page.click('.deck-help summary');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector<HTMLDetailsElement>('details.deck-help')!.open);
    await page.keyboard.press('1');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-deck-goto]')?.hidden === true);
    // Then one Esc says that a second leaves (a clicker's slideshow button sends one), and the second
    // leaves the meeting mode, as "Thoát trình chiếu" does: to the slide's page.
    const exit = (await page.getAttribute('[data-deck="exit"]', 'href'))!;
    await page.keyboard.press('Escape');
    expect(await page.textContent('[data-deck-goto]')).toBe('Bấm Esc lần nữa để thoát trình chiếu');
    // Readable, drawn over the buttons if they show (a click goes through it to them).
    expect(await page.$eval('[data-deck-goto]', (el) => Number(getComputedStyle(el).zIndex) > Number(getComputedStyle(document.querySelector('[data-deck-controls]')!).zIndex))).toBe(true);
    // Another key takes the first Esc back: the next Esc only says it again.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(page.url()).toContain(PAGE);
    expect(await page.textContent('[data-deck-goto]')).toBe('Bấm Esc lần nữa để thoát trình chiếu');
    await page.waitForTimeout(300);
    expect(page.url()).toContain(PAGE);
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.href.endsWith(exit));
  });

  it('on a phone held upright it says to turn the phone, or to read the full text; not on a screen wider than high', async () => {
    const phone = await env.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const tab = await phone.newPage();
    await tab.goto(`${env.site.url}${PAGE}#a-i-1`);
    const hint = tab.locator('.deck-rotate');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('Xoay ngang điện thoại');
    // It stands in the grey above the slide, over none of its words.
    const slide = (await tab.locator('.slide.is-current').boundingBox())!;
    const box = (await hint.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(slide.y);
    expect(await hint.locator('a').getAttribute('href')).toBe('toan-van.html');
    await tab.setViewportSize({ width: 844, height: 390 });
    expect(await hint.isVisible()).toBe(false);
    await phone.close();
    expect(await page.locator('.deck-rotate').isVisible()).toBe(false);
  });

  it('on a phone held sideways, a tap where the hidden buttons stand shows them and presses none; the next tap presses', async () => {
    const phone = await env.browser.newContext({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });
    const tab = await phone.newPage();
    await tab.goto(`${env.site.url}${PAGE}#a-ii-2`);
    const bar = tab.locator('[data-deck-controls]');
    const exit = bar.locator('a');
    // As after three seconds without a touch: the buttons fade out.
    await tab.evaluate(() => document.querySelector('[data-deck-controls]')!.classList.add('is-idle'));
    const box = (await exit.boundingBox())!;
    await tab.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await tab.waitForTimeout(300);
    expect(tab.url(), 'the unseen link was not followed').toMatch(/trinh-chieu\.html#a-ii-2$/);
    expect(await bar.evaluate((el) => el.classList.contains('is-idle'))).toBe(false);
    // Shown, a button answers the next tap at once.
    await tab.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await tab.waitForURL(/a-ii-2\.html/);
    await phone.close();
  });

  it('while the buttons show, the slide number can be read: under them on a screen high enough, in them on a low one (a phone held sideways, one row)', async () => {
    const sizes = [[1280, 720], [1024, 600], [960, 540], [844, 390], [667, 375]] as const;
    for (const [width, height] of sizes) {
      const touch = height < 500;
      const screen = await env.browser.newContext({ viewport: { width, height }, isMobile: touch, hasTouch: touch });
      const tab = await screen.newPage();
      await tab.goto(`${env.site.url}${PAGE}#a-ii-2`);
      const seen = await tab.evaluate(() => {
        const footer = document.querySelector('.slide.is-current .slide__number')!;
        const bar = document.querySelector<HTMLElement>('[data-deck-controls]')!;
        const own = bar.querySelector<HTMLElement>('[data-deck-number]')!;
        const a = footer.getBoundingClientRect();
        const b = bar.getBoundingClientRect();
        const covered = !(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom);
        const shown = [...bar.children].filter((child) => (child as HTMLElement).offsetWidth > 0).map((child) => child.getBoundingClientRect());
        // Rows: children that start below the bottom of the first one stand on another row.
        const rows = 1 + shown.filter((r) => r.top >= shown[0].bottom).length;
        return { covered, footer: footer.textContent, own: own.offsetWidth > 0 ? own.textContent : null, rows, key: getComputedStyle(bar.querySelector('.deck-controls__key')!).display };
      });
      const where = `${width}×${height}`;
      expect(seen.footer, where).toBe('Trang 24/63');
      if (seen.covered) expect(seen.own, `${where}: the buttons cover the footer, so they say the number`).toBe(seen.footer);
      else expect(seen.own, `${where}: the footer shows, the number is not said twice`).toBeNull();
      if (touch) {
        // A phone held sideways is too low for the buttons to stand under the footer: the case this is about.
        expect(seen.covered, `${where}: the buttons cover the footer`).toBe(true);
        expect(seen.key, `${where}: no F key on a phone`).toBe('none');
        if (width >= 800) expect(seen.rows, `${where}: the buttons in one row`).toBe(1);
      } else expect(seen.key).not.toBe('none');
      await screen.close();
    }
  });

  it('the keys’ help, opened, stands whole on the screen: a projector, a phone held sideways, 400 % zoom (320×200)', async () => {
    for (const [width, height] of [[1280, 720], [844, 390], [320, 200]] as const) {
      const screen = await env.browser.newContext({ viewport: { width, height } });
      const tab = await screen.newPage();
      await tab.goto(`${env.site.url}${PAGE}#a-ii-2`);
      await tab.click('.deck-help summary');
      const box = (await tab.locator('.deck-help p').boundingBox())!;
      const where = `${width}×${height}`;
      expect(box.x, where).toBeGreaterThanOrEqual(0);
      expect(box.y, where).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, where).toBeLessThanOrEqual(width);
      expect(box.y + box.height, where).toBeLessThanOrEqual(height);
      if (width === 1280) {
        // On a projector the slide's number stays in view above the buttons.
        const number = (await tab.locator('.slide.is-current .slide__number').boundingBox())!;
        expect(box.y + box.height, 'the help ends above the slide number').toBeLessThanOrEqual(number.y);
      }
      await screen.close();
    }
  });

  it('on a phone held sideways a real swipe to the right goes back a slide, never back out of the meeting mode (the browser\'s own swipe)', async () => {
    const phone = await env.browser.newContext({ viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true });
    const tab = await phone.newPage();
    await tab.goto(`${env.site.url}a-ii-2.html`);
    await tab.goto(`${env.site.url}${PAGE}#a-ii-2`);
    const cdp = await phone.newCDPSession(tab);
    const swipe = async (x0: number, x1: number) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: 200 }] });
      for (let k = 1; k <= 8; k += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + ((x1 - x0) * k) / 8, y: 200 }] });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await tab.waitForTimeout(400);
    };
    const first = (await readSlide(tab)).number;
    expect(await tab.getAttribute('[data-deck="next"]', 'aria-disabled')).toBe('false');
    await swipe(600, 250);
    expect((await readSlide(tab)).number).toBe(first + 1);
    await swipe(350, 700);
    expect(tab.url()).toContain(PAGE);
    expect((await readSlide(tab)).number).toBe(first);
    await phone.close();
  });

  it('a swipe on a tablet moves forward and back', async () => {
    const tablet = await env.browser.newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const tab = await tablet.newPage();
    await tab.goto(fileBase + PAGE);
    const swipe = (from: number, to: number) =>
      tab.evaluate(([x0, x1]) => {
        const touch = (x: number) => new Touch({ identifier: 1, target: document.body, clientX: x, clientY: 400 });
        document.body.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(x0)], changedTouches: [touch(x0)], bubbles: true }));
        document.body.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(x1)], bubbles: true }));
      }, [from, to]);
    await swipe(800, 300);
    await swipe(800, 300);
    expect((await readSlide(tab)).number).toBe(3);
    await swipe(300, 800);
    expect((await readSlide(tab)).number).toBe(2);
    await swipe(500, 480);
    expect((await readSlide(tab)).number, 'a short move is no swipe').toBe(2);
    // At 4:3 the slide keeps its 16:9 and fits.
    expect(fitProblems(await readSlide(tab))).toEqual([]);
    await tablet.close();
  });

  it('without JavaScript every slide stands, in order, one under the other, each a 16:9 box with its text inside', async () => {
    const plain = await env.browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
    const tab = await plain.newPage();
    await tab.goto(`${env.site.url}${PAGE}#a-ii-3`);
    const boxes = await tab.$$eval('.slide', (all) =>
      all.map((slide) => {
        const r = slide.getBoundingClientRect();
        const body = slide.querySelector<HTMLElement>('.slide__body')!;
        return { id: slide.id, top: r.top + scrollY, width: r.width, height: r.height, right: r.right, fits: body.scrollHeight <= body.clientHeight, shown: getComputedStyle(slide).display !== 'none' };
      }),
    );
    expect(boxes.map((b) => b.id)).toEqual(slides.map((s) => s.id));
    for (const box of boxes) {
      expect(box.shown, box.id).toBe(true);
      expect(box.width / box.height, box.id).toBeCloseTo(16 / 9, 2);
      expect(box.height, box.id).toBeLessThanOrEqual(720);
      expect(box.right, box.id).toBeLessThanOrEqual(1280);
      expect(box.fits, box.id).toBe(true);
    }
    expect(boxes.every((b, i) => i === 0 || b.top > boxes[i - 1].top + boxes[i - 1].height)).toBe(true);
    // The section's link still leads to its slide: the browser scrolls to it.
    const target = boxes.find((b) => b.id === 'a-ii-3')!;
    expect(Math.abs((await tab.evaluate(() => scrollY)) - target.top)).toBeLessThan(40);
    expect(await tab.locator('.deck-controls').isVisible()).toBe(false);
    await plain.close();
  });

  it('runs under the README\'s Content-Security-Policy: no inline script or style is needed', async () => {
    const policy = readDist('../README.md').match(/Content-Security-Policy: ([^`\n]+)/)![1];
    expect(policy).toMatch(/script-src 'self'/);
    const strict = await serveStatic(DIST, '/truong/de-cuong/', { headers: { 'content-security-policy': policy } });
    const tab = await context.newPage();
    const problems = recordProblems(tab, strict.url);
    try {
      await tab.goto(`${strict.url}${PAGE}#a-i-3`);
      expect((await readSlide(tab)).id).toBe('a-i-3');
      await tab.keyboard.press('PageDown');
      expect((await readSlide(tab)).id).toBe('a-i-3--2');
      expect(fitProblems(await readSlide(tab))).toEqual([]);
      expect(takeProblems(problems)).toEqual(NO_PROBLEMS);
    } finally {
      await tab.close();
      await strict.close();
    }
  });

  it('screenshots at 1280×720: the title slide, a text slide, a quotation, Part B, the closing slide, the dark look', async () => {
    const quote = slides.find((s) => s.kind.includes('slide--quote'))!;
    const shots: Array<[string, string]> = [
      ['title', 'tieu-de'],
      ['text', 'a-i-3'],
      ['text-continued', 'a-i-3--2'],
      ['quotation', quote.id],
      ['part-b', 'b-i-6'],
      ['part-b-list', 'b-i-2'],
      ['divider', 'a-ii-4'],
      ['closing', slides.at(-1)!.id],
    ];
    for (const [name, id] of shots) {
      await page.goto(`${fileBase}${PAGE}#${id}`);
      await page.reload();
      // As the audience sees it: the buttons hide while the mouse rests.
      await page.evaluate(() => document.querySelector('[data-deck-controls]')?.classList.add('is-idle'));
      await page.screenshot({ path: join(SHOTS, `${name}-1280x720.png`) });
    }
    await page.keyboard.press('d');
    await page.goto(`${fileBase}${PAGE}#a-ii-3--2`);
    await page.reload();
    await page.screenshot({ path: join(SHOTS, 'dark-1280x720.png') });
    await page.keyboard.press('d');
  });
});

describe.skipIf(!firefoxTestsEnabled())('the meeting mode in Firefox from file://', () => {
  it('opens, moves forward and back with PageDown and PageUp, and follows the slide in the URL', async () => {
    const browser = await launchFirefox();
    try {
      const page: FirefoxPage = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push((error as Error).message));
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(`${fileBase}${PAGE}#a-i-3`);
      const at = () => page.evaluate(() => ({ number: Number(document.documentElement.dataset.slide), id: document.querySelector('.slide.is-current')?.id, hash: location.hash }));
      const start = await at();
      expect(start.id).toBe('a-i-3');
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      const forward = await at();
      expect(forward.number).toBe(start.number + 2);
      expect(forward.hash).toBe(`#${forward.id}`);
      await page.keyboard.press('PageUp');
      expect((await at()).number).toBe(start.number + 1);
      // Each slide fits in Firefox too.
      const total = await page.$$eval('.slide', (all) => all.length);
      await page.keyboard.press('Home');
      const overflow: string[] = [];
      for (let n = 1; n <= total; n += 1) {
        const fit = await page.$eval('.slide.is-current .slide__body', (body) => [body.closest('.slide')!.id, body.scrollHeight - body.clientHeight, parseFloat(getComputedStyle(body.querySelector('p, li, h2') ?? body).fontSize)] as const);
        if (fit[1] > 0) overflow.push(`${fit[0]}: ${fit[1]} px too tall`);
        if (fit[2] < 28) overflow.push(`${fit[0]}: ${fit[2]} px text`);
        await page.keyboard.press('PageDown');
      }
      expect(overflow).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
