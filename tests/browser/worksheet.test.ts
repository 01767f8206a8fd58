/**
 * The Part B worksheet in Chromium, over http and from file://. Nothing a teacher types is
 * lost: typing survives a reload and a second tab, even in the same box; each outline keeps its
 * own worksheet; an import shows what the file holds, asks, and can be undone; bad files are
 * refused and bad values cleaned, with the saved data unchanged; full storage is reported and
 * the text stays on screen; until the script runs, the page says nothing is saved.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_BACKUP_KEY, LEGACY_STORAGE_KEY, undoKey } from '../../src/site/worksheet';
import { MAX_FIELD_CHARS, MAX_FILE_BYTES } from '../../src/site/worksheet-file';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { serveStatic } from '../../tools/harness/static-server';
import { useBrowserAndSite } from '../support/browser-and-site';
import { DIST } from '../support/site';

const enabled = browserTestsEnabled();
const AREA = 'textarea[name="area:the-che"]';
const COUNT = 'input[name="count:rut-hoc-ba"]';
const CELL = 'input[name="cell"]';

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-worksheet][data-ready]', { state: 'attached' });
}

async function values(page: Page): Promise<Record<string, string>> {
  await ready(page);
  return page.$$eval('[data-worksheet] [name]:not([type="file"])', (els) =>
    Object.fromEntries(els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value])),
  );
}

const storageKeyOf = (page: Page) => page.getAttribute('[data-worksheet]', 'data-storage-key') as Promise<string>;
const stored = async (page: Page) => page.evaluate((key) => localStorage.getItem(key), await storageKeyOf(page));
const statusText = (page: Page) => page.textContent('[data-worksheet-status]');
const waitForStatus = (page: Page, words: string) => page.waitForFunction((m) => document.querySelector('[data-worksheet-status]')?.textContent?.includes(m), words);
/** Types as a teacher does and waits until the page says it saved. */
/** The phone the worksheet is filled on. */
const PHONE_SIZE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A browser context where storage refuses every write (a private window, site data blocked). */
async function storageRefused(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('refused', 'SecurityError');
    };
  });
  return context;
}

/**
 * The page's timers wait ten minutes: its pause before saving outlasts whatever another tab does,
 * however slow this machine is, and the page saves only when the box is left.
 */
const pauseSaving = (page: Page) =>
  page.evaluate(() => {
    const later = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => later(handler, ms ? 600_000 : ms, ...args)) as typeof window.setTimeout;
  });

/** One browser context with the worksheet open, ready, in two tabs. */
async function twoTabs(browser: Browser, url: string): Promise<{ context: BrowserContext; a: Page; b: Page }> {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto(url);
    await ready(page);
  }
  return { context, a, b };
}

async function typeAndSave(page: Page, selector: string, text: string): Promise<void> {
  await page.fill(selector, text);
  await waitForStatus(page, 'Đã lưu');
}

describe.skipIf(!enabled)('the Part B worksheet', () => {
  const env = useBrowserAndSite();

  for (const mode of ['http', 'file'] as const) {
    describe(`over ${mode}`, () => {
      let context: BrowserContext;
      let page: Page;
      const dialogs: string[] = [];
      const url = () => (mode === 'http' ? env.site.url : pathToFileURL(DIST).href + '/') + 'phieu-lien-he.html';

      beforeAll(async () => {
        context = await env.browser.newContext({ acceptDownloads: true });
        page = await context.newPage();
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.accept();
        });
        await page.goto(url());
      });
      afterAll(async () => {
        await context?.close();
      });

      it('says it is ready, and keeps what is typed across a reload', async () => {
        await ready(page);
        expect(await statusText(page)).toContain('đã sẵn sàng');
        await typeAndSave(page, CELL, 'Chi bộ Trường Tiểu học Thử');
        await typeAndSave(page, AREA, 'Dòng một\nDòng hai với “ngoặc kép” và <thẻ>');
        await typeAndSave(page, COUNT, '12');
        await page.reload();
        expect(await values(page)).toMatchObject({ cell: 'Chi bộ Trường Tiểu học Thử', 'area:the-che': 'Dòng một\nDòng hai với “ngoặc kép” và <thẻ>', 'count:rut-hoc-ba': '12' });
        // Opened again with text in it: whose it is and when it was saved (a shared computer's next teacher must not type over it).
        const opened = (await statusText(page)) ?? '';
        expect(opened).toMatch(/^Phiếu đang có nội dung đã gõ trước đây trong trình duyệt này, lưu lần cuối lúc \d\d:\d\d ngày \d{1,2}\/\d{1,2}\/\d{4}\. Nếu đây không phải phiếu của bạn/);
        await typeAndSave(page, 'input[name="reporter"]', 'Cô Lan');
        await page.reload();
        await ready(page);
        expect(await statusText(page)).toContain('trong trình duyệt này (người báo cáo: Cô Lan), lưu lần cuối lúc');
        await typeAndSave(page, 'input[name="reporter"]', '');
      });

      it('keeps the last words typed just before a reload', async () => {
        await page.fill('textarea[name="area:tai-chinh-cong"]', 'Gõ rồi tải lại ngay');
        await page.reload();
        expect(await values(page)).toMatchObject({ 'area:tai-chinh-cong': 'Gõ rồi tải lại ngay' });
      });

      it('keeps what a second tab types', async () => {
        const second = await context.newPage();
        await second.goto(url());
        await typeAndSave(second, 'textarea[name="area:tai-chinh-cong"]', 'Từ thẻ thứ hai');
        await typeAndSave(page, 'textarea[name="area:chuyen-doi-so"]', 'Từ thẻ thứ nhất');
        await second.close();
        await page.reload();
        expect(await values(page)).toMatchObject({ 'area:tai-chinh-cong': 'Từ thẻ thứ hai', 'area:chuyen-doi-so': 'Từ thẻ thứ nhất', cell: 'Chi bộ Trường Tiểu học Thử' });
      });

      it('export → clear → import gives back the same data, after showing what the file holds', async () => {
        const before = await values(page);
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
        const file = await download.path();
        // The save is confirmed with the file's name, which names the cell typed in.
        expect(download.suggestedFilename()).toBe('phieu-lien-he-chi-bo-truong-tieu-hoc-thu.json');
        expect(await statusText(page)).toContain(`“${download.suggestedFilename()}”`);
        // The file is for this page; the page says how to get one to read or send.
        expect(await statusText(page)).toContain('không đọc được bằng Word; để có bản đọc được hay gửi đi, hãy bấm “Lưu thành tệp văn bản (mở bằng Word)”, hoặc “In phiếu”');
        expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ kind: 'phieu-lien-he', version: 1 });
        await page.click('[data-action="clear"]');
        expect(Object.values(await values(page)).every((v) => v === '')).toBe(true);
        dialogs.length = 0;
        await page.setInputFiles('[data-action="import"]', file);
        await waitForStatus(page, 'Đã mở phiếu');
        // The question named whose worksheet it is, when it was saved and which boxes it fills.
        expect(dialogs[0]).toContain('Chi bộ Trường Tiểu học Thử');
        expect(dialogs[0]).toContain('Cải cách thể chế');
        expect(dialogs[0]).toMatch(/lưu lúc .*\d/);
        expect(await values(page)).toEqual(before);
        await page.reload();
        expect(await values(page)).toEqual(before);
      });

      it('saves a plain text to open in Word: the printed header with its blanks, each area\'s words and counts, the signature', async () => {
        await typeAndSave(page, 'input[name="reporter"]', 'Cô Lan');
        await typeAndSave(page, 'input[name="place"]', 'An Hải');
        await typeAndSave(page, 'input[name="date"]', '2024-09-20');
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-text"]')]);
        expect(download.suggestedFilename()).toBe('phieu-lien-he-chi-bo-truong-tieu-hoc-thu-co-lan.txt');
        expect(await statusText(page)).toContain(`Đã lưu nội dung phiếu thành tệp văn bản “${download.suggestedFilename()}”`);
        // The boxes as the other tests expect them.
        for (const name of ['reporter', 'place', 'date']) await typeAndSave(page, `input[name="${name}"]`, '');
        const text = readFileSync(await download.path(), 'utf8');
        expect(text.startsWith('\uFEFF')).toBe(true);
        const lines = text.slice(1).split('\r\n');
        // The header as printed: the cell's name as a unit's, in capitals; the place and the date in words; the
        // superior left blank, as dots to fill in.
        expect(lines).toContain('CHI BỘ TRƯỜNG TIỂU HỌC THỬ');
        expect(lines).toContain('An Hải, ngày 20 tháng 9 năm 2024');
        expect(lines[0]).toBe('…………………………');
        // The area typed in, its lines as typed, and its count; an area left empty as dots to fill in.
        expect(text).toContain('Kết quả, liên hệ tại đơn vị:\r\nDòng một\r\nDòng hai với “ngoặc kép” và <thẻ>\r\n');
        expect(lines.some((line) => /^- .*: 12$/.test(line))).toBe(true);
        expect(lines.filter((line) => line === '…………………………').length).toBeGreaterThan(3);
        // Every area of the form, in its order, and the reporter's name under the signature.
        const areas = await page.$$eval('fieldset.worksheet__area > legend', (legends) => legends.map((legend) => legend.textContent?.trim() ?? ''));
        let at = 0;
        for (const area of areas) {
          at = lines.indexOf(area, at + 1);
          expect(at, area).toBeGreaterThan(0);
        }
        // (The test outline's closing has a signature: its name is the text's last line.)
        expect(lines.at(-2)).toBe('Cô Lan');
      });

      it('adds another teacher\'s file to the worksheet: empty boxes take its text, a text box keeps both, a name keeps this one\'s; "Hoàn tác" takes it back', async () => {
        const before = await values(page);
        expect(before['area:the-che']).not.toBe('');
        expect(before['area:thu-tuc-hanh-chinh']).toBe('');
        const fields = { cell: 'Chi bộ Khác', reporter: 'Đặng Thị Hoa', 'area:the-che': 'Phần cô Hoa viết', 'area:thu-tuc-hanh-chinh': 'Chỉ cô Hoa viết' };
        dialogs.length = 0;
        await page.setInputFiles('[data-action="merge"]', { name: 'phieu-co-hoa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields })) });
        await waitForStatus(page, 'Đã gộp phiếu');
        // Asked first, naming whose it is and what it does to the boxes already filled.
        expect(dialogs[0]).toContain('Chi bộ Khác');
        expect(dialogs[0]).toContain('Gộp tệp này vào phiếu đang có');
        // The name kept is said, with what the file had; so are the boxes that now hold two parts.
        expect(await statusText(page)).toContain('“Tên chi bộ” (tệp ghi: Chi bộ Khác)');
        expect(await statusText(page)).toContain('Cải cách thể chế');
        const merged = await values(page);
        expect(merged).toMatchObject({
          cell: before.cell,
          // The one who reports is this worksheet's: a teacher's file does not name them.
          reporter: before.reporter,
          'area:the-che': `${before['area:the-che']}\n\n— Phần của Đặng Thị Hoa (tệp “phieu-co-hoa.json”): —\nPhần cô Hoa viết`,
          'area:thu-tuc-hanh-chinh': 'Chỉ cô Hoa viết',
          'area:tai-chinh-cong': before['area:tai-chinh-cong'],
        });
        await page.reload();
        expect(await values(page)).toEqual(merged);
        // The same file again adds nothing, says so, and is no step for "Hoàn tác".
        await page.setInputFiles('[data-action="merge"]', { name: 'phieu-co-hoa.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields })) });
        await waitForStatus(page, 'không có gì để thêm');
        expect(await values(page)).toEqual(merged);
        await page.click('[data-action="undo"]');
        await waitForStatus(page, 'Đã lấy lại');
        expect(await values(page)).toEqual(before);
      });

      it('refuses a malformed, a foreign, an oversized file and one with a field that is not text or too long, and changes nothing saved', async () => {
        const saved = await stored(page);
        const shown = await values(page);
        for (const [name, content, message] of [
          ['hong.json', '{ "kind": "phieu-lien-he", ', 'đã bị hỏng hoặc thiếu phần cuối'],
          ['rong.json', '', 'Tệp này trống'],
          ['la.json', '<html>', 'không phải tệp phiếu đã lưu'],
          ['khac.json', JSON.stringify({ hello: 'world' }), 'không phải phiếu liên hệ'],
          ['moi.json', JSON.stringify({ kind: 'phieu-lien-he', version: 2, fields: {} }), 'phiên bản mới hơn của trang'],
          ['lon.json', JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'x'.repeat(MAX_FILE_BYTES) } }), 'Tệp quá lớn'],
          // A field is named by its label, never by its form name ("area:the-che").
          ['so.json', JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { 'area:the-che': 5 } }), 'Ô “Cải cách thể chế – Kết quả, liên hệ tại đơn vị”'],
          ['dai.json', JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'x'.repeat(MAX_FIELD_CHARS + 1) } }), 'Ô “Tên chi bộ”'],
        ]) {
          await page.setInputFiles('[data-action="import"]', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
          await waitForStatus(page, message);
          expect(await page.getAttribute('[data-worksheet-status]', 'data-kind')).toBe('error');
          expect(await statusText(page)).not.toMatch(/area:|count:|kind|version|fields|\.json/);
          expect(await stored(page)).toBe(saved);
          expect(await values(page)).toEqual(shown);
        }
      });
    });
  }

  it('for a screen reader every box has a name of its own, the examples are read with their box, and each topic is a heading; at the largest text a 320 px phone does not scroll sideways', async () => {
    const context = await env.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const seen = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('.worksheet textarea, .worksheet input:not([type=file])')];
      const names = boxes.map((box) => box.labels?.[0]?.textContent?.trim() ?? '');
      const described = [...document.querySelectorAll<HTMLInputElement>('.worksheet__general input')].map((input) =>
        (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      );
      const headings = [...document.querySelectorAll('fieldset.worksheet__area > legend')].map((legend) => legend.querySelector('h2, h3')?.textContent);
      return { names, described, headings, legends: document.querySelectorAll('fieldset.worksheet__area').length };
    });
    expect(seen.names.filter(Boolean).length).toBe(seen.names.length);
    expect(new Set(seen.names).size, 'no two boxes share a name').toBe(seen.names.length);
    expect(seen.names).toContain('Kết quả, liên hệ tại đơn vị (Cải cách thể chế)');
    for (const words of seen.described) expect(words).toMatch(/^Ví dụ:/);
    expect(seen.headings.filter(Boolean)).toHaveLength(seen.legends);
    // Through the date box by keyboard (day, month, year, then Chromium's calendar button): the ring shows all the way.
    await page.focus('input[name="date"]');
    for (let step = 0; step < 4; step += 1) {
      expect(await page.$eval('input[name="date"]', (box) => box === document.activeElement && getComputedStyle(box).outlineStyle), `Tab ${step}`).toBe('solid');
      await page.keyboard.press('Tab');
    }
    // The largest text size the page offers, then the width the page takes.
    while (!(await page.isDisabled('[data-size="up"]'))) await page.click('[data-size="up"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await context.close();
  });

  it('asks before an import replaces anything, and “Hoàn tác” brings the replaced text back', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    let answer = false;
    page.on('dialog', (dialog: Dialog) => void (answer ? dialog.accept() : dialog.dismiss()));
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, CELL, 'Chi bộ Giữ Nguyên');
    await typeAndSave(page, AREA, 'Chữ của tôi');
    const partial = { name: 'mot-phan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'Chi bộ Trong Tệp' } })) };
    await page.setInputFiles('[data-action="import"]', partial);
    await waitForStatus(page, 'Chưa mở tệp');
    expect(await values(page)).toMatchObject({ cell: 'Chi bộ Giữ Nguyên', 'area:the-che': 'Chữ của tôi' });
    answer = true;
    await page.setInputFiles('[data-action="import"]', partial);
    await waitForStatus(page, 'Đã mở phiếu');
    expect(await values(page)).toMatchObject({ cell: 'Chi bộ Trong Tệp', 'area:the-che': '' });
    await page.locator('[data-action="undo"]').first().click();
    await waitForStatus(page, 'Đã lấy lại');
    expect(await values(page)).toMatchObject({ cell: 'Chi bộ Giữ Nguyên', 'area:the-che': 'Chữ của tôi' });
    await page.reload();
    expect(await values(page)).toMatchObject({ cell: 'Chi bộ Giữ Nguyên', 'area:the-che': 'Chữ của tôi' });
    await context.close();
  });

  it('“Hoàn tác” pressed again brings back what it replaced: text typed after an import is never lost', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog: Dialog) => void dialog.accept());
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, CELL, 'Trước khi mở tệp');
    const file = { name: 'tep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'Trong tệp' } })) };
    await page.setInputFiles('[data-action="import"]', file);
    await waitForStatus(page, 'Đã mở phiếu');
    // An hour's work after the import, then "Hoàn tác" by mistake: pressed again, it brings the work back.
    await typeAndSave(page, AREA, 'Gõ sau khi mở tệp');
    await page.locator('[data-action="undo"]').first().click();
    await waitForStatus(page, 'Đã lấy lại');
    expect(await values(page)).toMatchObject({ cell: 'Trước khi mở tệp', 'area:the-che': '' });
    await page.locator('[data-action="undo"]').first().click();
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement).value === 'Trong tệp', CELL);
    expect(await values(page)).toMatchObject({ cell: 'Trong tệp', 'area:the-che': 'Gõ sau khi mở tệp' });
    await page.reload();
    expect(await values(page)).toMatchObject({ cell: 'Trong tệp', 'area:the-che': 'Gõ sau khi mở tệp' });
    await context.close();
  });

  it('a box shows what was saved while the page missed it (back-forward cache) before anything is saved over it', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, AREA, 'Chữ cũ');
    const key = await storageKeyOf(page);
    // Saved elsewhere with no storage event here (as while this page sat in the back-forward cache).
    const saveElsewhere = (text: string) =>
      page.evaluate(
        ([k, value]) => {
          const data = JSON.parse(localStorage.getItem(k)!);
          data.fields['area:the-che'] = { value, at: Date.now() + 1000 };
          localStorage.setItem(k, JSON.stringify(data));
        },
        [key, text],
      );
    await saveElsewhere('Chữ mới ở nơi khác');
    await page.fill(CELL, 'Chi bộ A');
    await waitForStatus(page, 'thẻ khác');
    expect(await page.inputValue(AREA)).toBe('Chữ mới ở nơi khác');
    // Shown again from the back-forward cache: the page reads storage anew.
    await saveElsewhere('Chữ mới hơn nữa');
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    expect(await page.inputValue(AREA)).toBe('Chữ mới hơn nữa');
    await page.focus(AREA);
    await page.keyboard.press('End');
    await page.keyboard.type(' và thêm');
    await page.locator(CELL).focus();
    await waitForStatus(page, 'Đã lưu');
    await page.reload();
    expect((await values(page))['area:the-che']).toBe('Chữ mới hơn nữa và thêm');
    await context.close();
  });

  it('text typed before the script has arrived (a slow link) is kept, beside what was saved, and saved', async () => {
    // No service worker: it would serve the script from its copy, past the delay below.
    const context = await env.browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, AREA, 'Đã lưu hôm qua');
    await typeAndSave(page, CELL, 'Chi bộ Cũ');
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/assets\/worksheet\.[0-9a-f]+\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto(`${env.site.url}phieu-lien-he.html`, { waitUntil: 'commit' });
    await page.waitForSelector(AREA);
    expect(await statusText(page)).toContain('chưa được lưu');
    await page.fill(AREA, 'Gõ khi trang chưa tải xong');
    await page.fill(CELL, 'Chi bộ Gõ Sớm');
    release();
    await ready(page);
    const shown = await values(page);
    // A one-line box keeps both on its one line, with the words between them.
    expect(shown.cell).toBe('Chi bộ Gõ Sớm — Phần đã lưu từ trước: — Chi bộ Cũ');
    expect(shown['area:the-che']).toContain('Gõ khi trang chưa tải xong');
    expect(shown['area:the-che']).toContain('Đã lưu hôm qua');
    // And the page says which boxes hold two texts now.
    await waitForStatus(page, 'đã có nội dung lưu từ trước khi trang tải xong');
    expect(await statusText(page)).toContain('“Tên chi bộ”');
    await page.unroute(/worksheet/);
    await page.reload();
    expect(await values(page)).toMatchObject(shown);
    await context.close();
  });

  it('cleans an impossible date, saying so, and stores it not; a count that is no number comes back as it was, with its note', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const bad = JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { date: '2024-13-45', 'count:rut-hoc-ba': 'abc', cell: 'Chi bộ X' } });
    await page.setInputFiles('[data-action="import"]', { name: 'sai.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await waitForStatus(page, 'không phải ngày tháng hợp lệ');
    expect(await statusText(page)).toContain('“Ngày');
    expect(await statusText(page)).not.toContain('Rút học bạ');
    expect(await stored(page)).not.toContain('2024-13-45');
    expect(await values(page)).toMatchObject({ date: '', 'count:rut-hoc-ba': 'abc', cell: 'Chi bộ X' });
    expect(await page.locator(`#${await page.getAttribute(COUNT, 'id')}-note`).isVisible()).toBe(true);
    await context.close();
  });

  it('says under the date box, in words, the date the printed header will write, and asks about a year far from the outline\'s', async () => {
    // (A browser set to English shows the box month first, and reads "20/10/2024" typed day first
    // as another date: the words under the box say which, whatever the box shows.)
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const read = page.locator('#ws-date-read');
    expect(await read.isVisible()).toBe(false);
    await page.fill('input[name="date"]', '2024-02-01');
    await expect.poll(() => read.textContent()).toBe('Phiếu sẽ ghi: ngày 1 tháng 2 năm 2024.');
    expect(await page.textContent('[data-print-field="date"]')).toBe('ngày 1 tháng 2 năm 2024');
    expect(await page.getAttribute('input[name="date"]', 'aria-describedby')).toBe('ws-date-read ws-date-example');
    expect(await read.getAttribute('data-far')).toBeNull();
    // Firefox took "0004" for a year typed in part; a slip of a decade; Chromium's box takes a year of six digits.
    for (const [value, year] of [['0004-02-01', '4'], ['2014-10-20', '2014'], ['202410-10-20', '202410']]) {
      await page.$eval('input[name="date"]', (input: HTMLInputElement, v) => {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
      await expect.poll(() => read.textContent()).toContain(`Năm ${year} có đúng không? Đề cương ghi năm 2024.`);
      expect(await read.getAttribute('data-far')).toBe('');
      // Printed as read: never "năm NaN".
      expect(await page.textContent('[data-print-field="date"]')).toBe(`ngày ${value.endsWith('02-01') ? '1 tháng 2' : '20 tháng 10'} năm ${year}`);
    }
    await page.fill('input[name="date"]', '2024-10-20');
    await waitForStatus(page, 'Đã lưu');
    await page.reload();
    await ready(page);
    expect(await read.textContent()).toBe('Phiếu sẽ ghi: ngày 20 tháng 10 năm 2024.');
    await page.fill('input[name="date"]', '');
    await expect.poll(() => read.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.getAttribute('input[name="date"]', 'aria-describedby')).toBe('ws-date-example');
    await context.close();
  });

  it('a count typed below 0 or not whole is said to be no count as it is typed, kept as typed, and comes back from its file', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const box = page.locator('input[name="count:rut-bang-tot-nghiep"]');
    const note = page.locator(`#${await box.getAttribute('id')}-note`);
    expect(await note.isVisible()).toBe(false);
    await box.fill('-3');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('số nguyên từ 0 trở lên');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
    // Words typed in it (a keyboard lets them in) are kept too, said to be no count.
    const other = page.locator(COUNT);
    await other.fill('12 hồ sơ');
    await other.blur();
    expect(await page.locator(`#${await other.getAttribute('id')}-note`).isVisible()).toBe(true);
    await box.blur();
    const download = page.waitForEvent('download');
    await page.click('[data-action="export"]');
    const file = await (await download).path();
    await page.click('[data-action="clear"]');
    expect(await box.inputValue()).toBe('');
    expect(await note.isVisible()).toBe(false);
    await page.setInputFiles('[data-action="import"]', file);
    await waitForStatus(page, 'Đã mở phiếu');
    expect(await statusText(page)).not.toContain('không phải ngày tháng hợp lệ');
    expect(await box.inputValue()).toBe('-3');
    expect(await other.inputValue()).toBe('12 hồ sơ');
    expect(await note.isVisible()).toBe(true);
    await box.fill('3');
    expect(await note.isVisible()).toBe(false);
    expect(await box.getAttribute('aria-invalid')).toBeNull();
    // A box holding a count is not described by a note it does not show.
    expect(await box.getAttribute('aria-describedby')).toBeNull();
    await context.close();
  });

  it('text saved in a box the page no longer has (a count a republish named anew) is said, kept, saved to a file, and that file opens again', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog: Dialog) => void dialog.accept());
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const key = await storageKeyOf(page);
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ fields: { cell: { value: 'Chi bộ Thử', at: 1 }, 'count:rut-hoc-ba-cu': { value: '5', at: 1 } } })), key);
    await page.reload();
    await waitForStatus(page, 'còn có nội dung của ô không còn trên trang (“count:rut-hoc-ba-cu”: “5”)');
    await typeAndSave(page, AREA, 'Chữ mới');
    const download = page.waitForEvent('download');
    await page.click('[data-action="export"]');
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8')).fields).toMatchObject({ cell: 'Chi bộ Thử', 'count:rut-hoc-ba-cu': '5', 'area:the-che': 'Chữ mới' });
    await page.click('[data-action="clear"]');
    await page.setInputFiles('[data-action="import"]', file);
    await waitForStatus(page, 'Đã mở phiếu');
    expect(await statusText(page)).toContain('Tệp còn có nội dung của ô mà trang này không có (“count:rut-hoc-ba-cu”: “5”)');
    expect(await page.inputValue(AREA)).toBe('Chữ mới');
    expect(JSON.parse((await stored(page))!).fields['count:rut-hoc-ba-cu'].value).toBe('5');
    // Added to another worksheet, the box it lacks is not taken, and the page says so.
    await page.setInputFiles('[data-action="merge"]', file);
    await waitForStatus(page, 'phần đó không được gộp');
    // "Xóa hết" clears it too, for good ("Hoàn tác" keeps it).
    await page.click('[data-action="clear"]');
    await waitForStatus(page, 'Đã xóa');
    await page.reload();
    await ready(page);
    expect(await statusText(page)).not.toContain('không còn trên trang');
    expect(JSON.parse((await stored(page))!).fields['count:rut-hoc-ba-cu']?.value ?? '').toBe('');
    await context.close();
  });

  it('two tabs in the same box: the box shows the other tab\'s text, and a box both change keeps both', async () => {
    const { context, a, b } = await twoTabs(env.browser, `${env.site.url}phieu-lien-he.html`);
    // A has the cursor in the box, not typing; B types there: A's box follows, and says so.
    await a.focus(AREA);
    await typeAndSave(b, AREA, 'Viết ở thẻ B');
    await a.waitForFunction((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value === 'Viết ở thẻ B', AREA);
    expect(await statusText(a)).toContain('vừa được sửa ở một thẻ khác');
    // Both type in the box at once: neither text is lost. A's pause before saving must outlast
    // B's edit however slow this machine is (A's timers wait): A saves when it leaves the box.
    await pauseSaving(a);
    await a.focus(AREA);
    await a.keyboard.press('End');
    await a.keyboard.type(' và A thêm');
    await b.fill(AREA, 'B viết lại hết');
    await b.locator(CELL).focus();
    await waitForStatus(b, 'Đã lưu');
    const savedByB = await stored(b);
    await a.locator(CELL).focus();
    await waitForStatus(a, 'cùng lúc');
    // B's storage event may reach A only now, after A's own save: what it carries is older than
    // storage, and A saves nothing again (that save said "Đã lưu" over what A just said).
    const savedByA = await stored(a);
    await a.evaluate(([k, value]) => dispatchEvent(new StorageEvent('storage', { key: k, newValue: value })), [await storageKeyOf(a), savedByB] as const);
    await a.waitForTimeout(100);
    expect(await statusText(a)).toContain('cùng lúc');
    expect(await stored(a)).toBe(savedByA);
    await a.reload();
    const text = (await values(a))['area:the-che'];
    expect(text).toContain('Viết ở thẻ B và A thêm');
    expect(text).toContain('B viết lại hết');
    // A count (or a date) cannot hold two values: the one typed last is kept, and the other is said.
    await ready(a);
    await pauseSaving(a);
    await a.fill(COUNT, '4');
    await b.reload();
    await ready(b);
    await b.fill(COUNT, '6');
    await b.locator(CELL).focus();
    await waitForStatus(b, 'Đã lưu');
    await a.locator(CELL).focus();
    await waitForStatus(a, 'chỉ giữ được một giá trị');
    expect(await statusText(a)).toContain('thẻ kia đã gõ: 6');
    await a.reload();
    expect((await values(a))['count:rut-hoc-ba']).toBe('4');
    await context.close();
  });

  it('two tabs changing one long box at once: only what the other tab wrote is added, once; changes in different places make one text; the cursor stays by its text', async () => {
    const { context, a, b } = await twoTabs(env.browser, `${env.site.url}phieu-lien-he.html`);
    const sameIn = async (page: Page, text: string) => page.waitForFunction(([sel, v]) => (document.querySelector(sel) as HTMLTextAreaElement).value === v, [AREA, text] as const);
    const paragraph = 'Đoạn dài đã lưu từ trước.';
    const base = `Nhà trường niêm yết thủ tục. ${Array(40).fill(paragraph).join(' ')}`;
    await typeAndSave(a, AREA, base);
    await sameIn(b, base);
    // Both add at the end at once, three times over: the box grows by what was typed, never by
    // the whole text again (it used to double at each round).
    await pauseSaving(a);
    for (const round of [1, 2, 3]) {
      await a.focus(AREA);
      await a.keyboard.press('End');
      await a.keyboard.type(` A${round}`);
      await b.focus(AREA);
      await b.keyboard.press('End');
      await b.keyboard.type(` B${round}`);
      await b.locator(CELL).focus();
      await waitForStatus(b, 'Đã lưu');
      await a.locator(CELL).focus();
      await waitForStatus(a, 'cùng lúc');
      await sameIn(b, await a.inputValue(AREA));
    }
    const text = await a.inputValue(AREA);
    expect(text.split(paragraph).length - 1).toBe(40);
    for (const words of ['A1', 'B1', 'A2', 'B2', 'A3', 'B3']) expect(text).toContain(words);
    expect(text.length).toBeLessThan(base.length + 3 * 2 * ' A1'.length + 3 * 60);
    // A fixes a word at the start while B adds a line at the end: one text with both, no line.
    const fixed = text.replace('niêm yết', 'công khai');
    await a.fill(AREA, fixed);
    await b.focus(AREA);
    await b.keyboard.press('End');
    await b.keyboard.type(' Thêm ở B.');
    await b.locator(CELL).focus();
    await waitForStatus(b, 'Đã lưu');
    await a.locator(CELL).focus();
    await waitForStatus(a, 'vừa được sửa ở một thẻ khác');
    expect(await a.inputValue(AREA)).toBe(`${fixed} Thêm ở B.`);
    expect(await statusText(a)).not.toContain('cùng lúc');
    await sameIn(b, `${fixed} Thêm ở B.`);
    // A's cursor at the end of the box; B writes at its start: A's cursor stays at the end, and A types on there.
    await a.focus(AREA);
    await a.keyboard.press('Control+End');
    await b.focus(AREA);
    await b.keyboard.press('Control+Home');
    await b.keyboard.type('Mở đầu: ');
    await b.locator(CELL).focus();
    await sameIn(a, `Mở đầu: ${fixed} Thêm ở B.`);
    await a.keyboard.type(' Cuối.');
    expect(await a.inputValue(AREA)).toBe(`Mở đầu: ${fixed} Thêm ở B. Cuối.`);
    await context.close();
  });

  it('two tabs saving at the same moment: a tab\'s text written over with its own older copy is saved again; text the other tab typed at that moment is kept beside it', async () => {
    const { context, a, b } = await twoTabs(env.browser, `${env.site.url}phieu-lien-he.html`);
    const key = await storageKeyOf(b);
    await typeAndSave(a, AREA, 'Bản đầu');
    await b.waitForFunction((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value === 'Bản đầu', AREA);
    /** B writes storage as a tab that read it a moment before A's last save: A's box holds `text`, stamped a second earlier. */
    const writeFromB = (text: string, cell: string) =>
      b.evaluate(
        ([k, area, box, name]) => {
          const data = JSON.parse(localStorage.getItem(k)!);
          data.fields[area] = { value: box, at: data.fields[area].at - 1000 };
          data.fields.cell = { value: name, at: Date.now() };
          // A storage event reaches only the other tabs: A hears this write as it would B's.
          localStorage.setItem(k, JSON.stringify(data));
        },
        [key, 'area:the-che', text, cell] as const,
      );
    const storedArea = (value: string) => a.waitForFunction(([k, v]) => JSON.parse(localStorage.getItem(k) ?? '{}').fields?.['area:the-che']?.value === v, [key, value] as const);
    // B writes back A's own text from before A's save: A's newer text is saved again, as it was.
    await typeAndSave(a, AREA, 'Bản mới của A');
    await writeFromB('Bản đầu', 'Chi bộ của B');
    await storedArea('Bản mới của A');
    expect(JSON.parse((await stored(a))!).fields.cell.value).toBe('Chi bộ của B');
    expect(await a.inputValue(AREA)).toBe('Bản mới của A');
    // B writes text of its own, typed at the same moment: A keeps both, its own first, and says so.
    await writeFromB('B gõ cùng lúc', 'Chi bộ của B');
    const both = 'Bản mới của A\n\n— Phần gõ ở một thẻ khác: —\nB gõ cùng lúc';
    await storedArea(both);
    expect(await a.inputValue(AREA)).toBe(both);
    expect(await statusText(a)).toContain('cùng lúc');
    // While A types on in the box (its cursor stayed by its own text when B's came in), B's older
    // copy of A's own text is no change made there: A's save joins nothing to what it typed.
    await pauseSaving(a);
    await a.focus(AREA);
    await a.keyboard.press('End');
    await a.keyboard.type(', thêm');
    await writeFromB('Bản mới của A', 'Chi bộ của B');
    await a.locator(CELL).focus();
    await waitForStatus(a, 'Đã lưu');
    const typedOn = both.replace('Bản mới của A', 'Bản mới của A, thêm');
    expect(await a.inputValue(AREA)).toBe(typedOn);
    await storedArea(typedOn);
    await context.close();
  });

  it('saves off the keystroke: a box holding 1 MB writes storage once after a pause, not at every key', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      (window as unknown as { writes: number }).writes = 0;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        (window as unknown as { writes: number }).writes += 1;
        return setItem.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    await page.$eval(AREA, (el) => {
      (el as HTMLTextAreaElement).value = 'x'.repeat(1024 * 1024);
    });
    await page.focus(AREA);
    await page.keyboard.press('End');
    const before = await page.evaluate(() => (window as unknown as { writes: number }).writes);
    // Six keys, as fast as a teacher types them (in one go: a loaded machine leaves no pause between them).
    const during = await page.$eval(AREA, (el) => {
      const area = el as HTMLTextAreaElement;
      for (const key of 'abcdef') {
        area.value += key;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, data: key, inputType: 'insertText' }));
      }
      return (window as unknown as { writes: number }).writes;
    });
    expect(during - before).toBe(0);
    await waitForStatus(page, 'Đã lưu');
    expect(await page.evaluate(() => (window as unknown as { writes: number }).writes)).toBe(before + 1);
    await context.close();
  });

  it('keeps each outline\'s worksheet apart, and brings the old shared text into the first one opened', async () => {
    // A second outline of the same school beside the first (two USB copies share file:// storage).
    const folder = mkdtempSync(join(tmpdir(), 'hai-de-cuong-'));
    cpSync(DIST, join(folder, 'quy-3'), { recursive: true });
    cpSync(DIST, join(folder, 'quy-4'), { recursive: true });
    const q4 = join(folder, 'quy-4', 'phieu-lien-he.html');
    writeFileSync(q4, readFileSync(q4, 'utf8').replace(/data-storage-key="([^"]*)2024-10-15"/, 'data-storage-key="$12025-01-10"'));
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const open = (quarter: string) => page.goto(`${pathToFileURL(folder).href}/${quarter}/phieu-lien-he.html`);
    await open('quy-3');
    await page.evaluate(([legacy]) => {
      localStorage.clear();
      localStorage.setItem(legacy, JSON.stringify({ fields: { cell: { value: 'Chữ lưu từ bản cũ', at: 1 } } }));
    }, [LEGACY_STORAGE_KEY]);
    await page.reload();
    expect(await values(page)).toMatchObject({ cell: 'Chữ lưu từ bản cũ' });
    expect(await statusText(page)).toContain('đã được chuyển vào phiếu');
    expect(await page.evaluate((key) => localStorage.getItem(key), LEGACY_BACKUP_KEY)).toContain('Chữ lưu từ bản cũ');
    await typeAndSave(page, AREA, 'Quý III');
    await open('quy-4');
    expect(await values(page)).toMatchObject({ cell: '', 'area:the-che': '' });
    await typeAndSave(page, AREA, 'Quý IV');
    await open('quy-3');
    expect(await values(page)).toMatchObject({ cell: 'Chữ lưu từ bản cũ', 'area:the-che': 'Quý III' });
    await context.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('after a republish that corrects the outline\'s title, the text saved before is there, and kept where it was', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const parts = (await storageKeyOf(page)).split(':');
    parts[3] = 'tieu-de-truoc-khi-sua';
    const before = parts.join(':');
    await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ fields: { cell: { value: 'Chi bộ trước khi sửa tên', at: 1 } } })), before);
    await page.reload();
    expect(await values(page)).toMatchObject({ cell: 'Chi bộ trước khi sửa tên' });
    expect(await statusText(page)).toContain('đã được chuyển vào phiếu');
    expect(await page.evaluate((k) => localStorage.getItem(k), before)).toContain('Chi bộ trước khi sửa tên');
    // Cleared by the teacher, it stays cleared: the old text is brought over once, into a worksheet never saved.
    page.on('dialog', (dialog: Dialog) => void dialog.accept());
    await page.locator('[data-action="clear"]').first().click();
    await waitForStatus(page, 'Đã xóa');
    await page.reload();
    expect((await values(page)).cell).toBe('');
    await context.close();
  });

  it('says that nothing is saved when the server\'s policy blocks its script', async () => {
    const site = await serveStatic(DIST, '/truong/de-cuong/', { headers: { 'content-security-policy': "script-src 'none'" } });
    const page = await env.browser.newPage();
    await page.goto(`${site.url}phieu-lien-he.html`);
    expect(await statusText(page)).toContain('chưa được lưu');
    expect(await page.getAttribute('[data-worksheet]', 'data-ready')).toBeNull();
    await page.close();
    await site.close();
  });

  it('where storage is refused: says so from the start, keeps the text on screen, says it at the foot of the screen, and asks before the page is left', async () => {
    const context = await storageRefused(env.browser, PHONE_SIZE);
    const page = await context.newPage();
    await page.goto(pathToFileURL(DIST).href + '/phieu-lien-he.html');
    await ready(page);
    // No promise that what is typed is saved.
    expect(await statusText(page)).toContain('không cho trang lưu');
    expect(await statusText(page)).not.toContain('đã sẵn sàng');
    await page.fill(AREA, 'Chữ không lưu được');
    await waitForStatus(page, 'Chưa lưu được');
    expect(await page.inputValue(AREA)).toBe('Chữ không lưu được');
    // Wherever the teacher is in the long form, the screen says the text is not saved, with the way to keep it.
    const alertBox = page.locator('.worksheet-alert');
    await page.locator(AREA).scrollIntoViewIfNeeded();
    await expect.poll(() => alertBox.isVisible()).toBe(true);
    const box = (await alertBox.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.y).toBeGreaterThan(0);
    expect(await alertBox.locator('button[data-action="export"]').textContent()).toBe('Lưu phiếu thành tệp');
    // A box reached with Tab scrolls above the line, not behind it: every field of the form in turn,
    // whole; of a tall answer box, its first lines at least (where the caret is).
    await page.evaluate(() => scrollTo(0, 0));
    await page.locator('.worksheet input, .worksheet textarea').first().focus();
    const behind: string[] = [];
    for (let press = 0; press < 30; press += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate((top) => {
        const el = document.activeElement;
        if (!el || !el.matches('.worksheet input, .worksheet textarea')) return '';
        const r = el.getBoundingClientRect();
        return r.top + Math.min(r.height, 60) > top + 1 ? `${el.getAttribute('name')} (${Math.round(r.top)}–${Math.round(r.bottom)})` : '';
      }, box.y);
      if (focused) behind.push(focused);
    }
    expect(behind).toEqual([]);
    // Leaving asks first: the text exists only on screen.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => { resolve(dialog.type()); void dialog.accept(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await context.close();
  });

  it('where storage is refused, over http, the "not saved" line is not shown beside the offline line that says "Đã lưu tài liệu"', async () => {
    const context = await storageRefused(env.browser, PHONE_SIZE);
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    // The site is stored for offline reading all the same, and its line says so, hidden while the worksheet's shows.
    await page.waitForSelector('.offline-status[data-shown]', { state: 'attached' });
    await page.fill(AREA, 'Chữ không lưu được');
    await waitForStatus(page, 'Chưa lưu được');
    await expect.poll(() => page.locator('.worksheet-alert').isVisible()).toBe(true);
    expect(await page.locator('.offline-status').isVisible()).toBe(false);
    await context.close();
  });

  it('where storage is refused, a saved file opens on an empty worksheet, not saved and said so; over typed text it is refused, and says how to keep that text', async () => {
    const context = await storageRefused(env.browser);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(pathToFileURL(DIST).href + '/phieu-lien-he.html');
    await ready(page);
    const file = { name: 'phieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'Chi bộ Trong Tệp', 'area:the-che': 'Kết quả trong tệp' } })) };
    await page.setInputFiles('[data-action="import"]', file);
    await waitForStatus(page, 'không lưu được nó trên máy này');
    expect(await values(page)).toMatchObject({ cell: 'Chi bộ Trong Tệp', 'area:the-che': 'Kết quả trong tệp' });
    expect(await page.locator('.worksheet-alert').isVisible()).toBe(true);
    // Now the screen holds text that exists nowhere else (typed here): another file does not replace it.
    await page.fill(AREA, 'Gõ thêm, chưa lưu');
    await page.setInputFiles('[data-action="import"]', { ...file, name: 'phieu-khac.json' });
    await waitForStatus(page, 'Chưa thay được phiếu');
    expect(await page.inputValue(AREA)).toBe('Gõ thêm, chưa lưu');
    await context.close();
  });

  it('an import that storage cannot hold changes nothing on screen, and loses neither worksheet', async () => {
    const context = await env.browser.newContext();
    // The worksheet's own key refuses writes while the test says so (storage full).
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
        if ((window as unknown as { fullFor?: string }).fullFor === name) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    });
    const page = await context.newPage();
    page.on('dialog', (dialog: Dialog) => void dialog.accept());
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, AREA, 'Chữ của tôi');
    const key = await storageKeyOf(page);
    await page.evaluate((k) => ((window as unknown as { fullFor?: string }).fullFor = k), key);
    const file = { name: 'tep.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { 'area:the-che': 'Trong tệp' } })) };
    await page.setInputFiles('[data-action="import"]', file);
    await waitForStatus(page, 'Chưa lưu được');
    expect(await page.inputValue(AREA)).toBe('Chữ của tôi');
    expect(JSON.parse((await stored(page))!).fields['area:the-che'].value).toBe('Chữ của tôi');
    // Once there is room, the import goes through, and "Hoàn tác" still brings the text back.
    await page.evaluate(() => delete (window as unknown as { fullFor?: string }).fullFor);
    await page.setInputFiles('[data-action="import"]', file);
    await waitForStatus(page, 'Đã mở phiếu');
    expect(await page.inputValue(AREA)).toBe('Trong tệp');
    await page.locator('[data-action="undo"]').first().click();
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value === 'Chữ của tôi', AREA);
    await context.close();
  });

  /** A context whose browser storage holds 600,000 characters in all. */
  const smallStorage = async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
        let used = value.length;
        for (let i = 0; i < this.length; i += 1) {
          const other = this.key(i)!;
          if (other !== name) used += (this.getItem(other) ?? '').length;
        }
        if (used > 600_000) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, name, value);
      };
    });
    return context;
  };
  /** Three earlier worksheets of `size` characters each, kept for "Hoàn tác" under `key`. */
  const keepThree = (page: Page, key: string, size: number) =>
    page.evaluate(([k, n]) => {
      const list = [1, 2, 3].map((i) => ({ data: { fields: { 'area:the-che': { value: String(i).repeat(n), at: i } } }, kept: i }));
      localStorage.setItem(k, JSON.stringify(list));
    }, [key, size] as const);

  it('when storage is full, the worksheets kept for "Hoàn tác" give way to what is being typed, and the page says so', async () => {
    const context = await smallStorage();
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const kept = undoKey(await storageKeyOf(page));
    await keepThree(page, kept, 150_000);
    await page.fill(AREA, 'Chữ mới '.repeat(25_000));
    await waitForStatus(page, 'Đã lưu');
    const left = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '[]').map((e: { kept: number }) => e.kept), kept);
    // Those kept longest ago went first, and the page says how many.
    expect(left.length).toBeLessThan(3);
    expect(left).not.toContain(1);
    await waitForStatus(page, `phải bỏ ${3 - left.length} bản phiếu cũ giữ cho “Hoàn tác” (còn giữ ${left.length} bản)`);
    expect(JSON.parse((await stored(page))!).fields['area:the-che'].value).toHaveLength(200_000);
    await context.close();
  });

  it('when storage is full of something else, the worksheets kept for "Hoàn tác" are not given away for nothing', async () => {
    const context = await smallStorage();
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await ready(page);
    const kept = undoKey(await storageKeyOf(page));
    await keepThree(page, kept, 50_000);
    const before = await page.evaluate((k) => localStorage.getItem(k), kept);
    // Another page of the same site (file:// pages share one storage) fills the rest: even
    // without the kept worksheets, the text typed would not fit.
    await page.evaluate(() => localStorage.setItem('trang-khac', 'x'.repeat(420_000)));
    await page.fill(AREA, 'Chữ mới '.repeat(25_000));
    await waitForStatus(page, 'Chưa lưu được');
    expect(await page.evaluate((k) => localStorage.getItem(k), kept)).toBe(before);
    expect(await page.locator('[data-action="undo"]').first().isVisible()).toBe(true);
    expect(await page.inputValue(AREA)).toBe('Chữ mới '.repeat(25_000));
    await context.close();
  });

  it('asks nothing on leaving once the text is saved', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    let asked = false;
    page.on('dialog', (dialog) => { asked = true; void dialog.dismiss(); });
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, AREA, 'Đã lưu rồi');
    expect(await page.locator('.worksheet-alert').isVisible()).toBe(false);
    await page.close({ runBeforeUnload: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).toBe(false);
    await context.close();
  });

  it('“Hoàn tác” goes back through every worksheet replaced: clearing twice, or opening two files, loses nothing', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    page.on('dialog', (dialog: Dialog) => void dialog.accept());
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, AREA, 'Chữ của tôi');
    const clear = () => page.locator('[data-action="clear"]').first().click();
    const undo = async (expected: string) => {
      await page.locator('[data-action="undo"]').first().click();
      await page.waitForFunction(([sel, text]) => (document.querySelector(sel) as HTMLTextAreaElement).value === text, [AREA, expected] as const);
    };
    await clear();
    await waitForStatus(page, 'Đã xóa');
    // A second "Xóa hết" on an empty worksheet has nothing to clear, and keeps what the first replaced.
    await clear();
    await waitForStatus(page, 'Phiếu đang trống');
    await undo('Chữ của tôi');
    const fileWith = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { 'area:the-che': text } })) });
    await page.setInputFiles('[data-action="import"]', fileWith('a.json', 'Tệp A'));
    await waitForStatus(page, 'Đã mở phiếu từ tệp “a.json”');
    await page.setInputFiles('[data-action="import"]', fileWith('b.json', 'Tệp B'));
    await waitForStatus(page, 'Đã mở phiếu từ tệp “b.json”');
    // Pressed on: file A, the text typed before both, then file B again.
    await undo('Tệp A');
    await undo('Chữ của tôi');
    await undo('Tệp B');
    await page.reload();
    expect(await values(page)).toMatchObject({ 'area:the-che': 'Tệp B' });
    await context.close();
  });

  it('a count box does not change when the page is scrolled with the mouse wheel over it', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${env.site.url}phieu-lien-he.html`);
    await typeAndSave(page, COUNT, '12');
    await page.focus(COUNT);
    const box = (await page.locator(COUNT).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await page.evaluate(() => scrollY);
    for (let i = 0; i < 3; i += 1) await page.mouse.wheel(0, 120);
    await page.waitForFunction((y) => scrollY > y, before);
    expect(await page.inputValue(COUNT)).toBe('12');
    await context.close();
  });
});
