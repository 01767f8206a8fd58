/**
 * The Part B worksheet in Chromium, over http and from file://: typing survives a reload and a
 * second tab; export → clear → import gives the same data back; bad files are refused with the
 * saved data unchanged; full storage is reported and the text stays on screen.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/site/worksheet';
import { browserTestsEnabled } from '../../tools/harness/chromium';
import { useBrowserAndSite } from '../support/browser-and-site';
import { DIST } from '../support/site';

const enabled = browserTestsEnabled();
const AREA = 'textarea[name="area:the-che"]';
const COUNT = 'input[name="count:rut-hoc-ba"]';
const CELL = 'input[name="cell"]';

async function values(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector('[data-worksheet][data-ready]', { state: 'attached' });
  return page.$$eval('[data-worksheet] [name]:not([type="file"])', (els) =>
    Object.fromEntries(els.map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value])),
  );
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const statusText = (page: Page) => page.textContent('[data-worksheet-status]');

describe.skipIf(!enabled)('the Part B worksheet', () => {
  const env = useBrowserAndSite();

  for (const mode of ['http', 'file'] as const) {
    describe(`over ${mode}`, () => {
      let context: BrowserContext;
      let page: Page;
      const url = () => (mode === 'http' ? env.site.url : pathToFileURL(DIST).href + '/') + 'phieu-lien-he.html';

      beforeAll(async () => {
        context = await env.browser.newContext({ acceptDownloads: true });
        page = await context.newPage();
        page.on('dialog', (dialog) => void dialog.accept());
        await page.goto(url());
      });
      afterAll(async () => {
        await context?.close();
      });

      it('keeps what is typed across a reload', async () => {
        await page.fill(CELL, 'Chi bộ Trường Tiểu học Thử');
        await page.fill(AREA, 'Dòng một\nDòng hai với “ngoặc kép” và <thẻ>');
        await page.fill(COUNT, '12');
        expect(await statusText(page)).toContain('Đã lưu');
        await page.reload();
        expect(await values(page)).toMatchObject({ cell: 'Chi bộ Trường Tiểu học Thử', 'area:the-che': 'Dòng một\nDòng hai với “ngoặc kép” và <thẻ>', 'count:rut-hoc-ba': '12' });
      });

      it('keeps what a second tab types', async () => {
        const second = await context.newPage();
        await second.goto(url());
        await second.fill('textarea[name="area:tai-chinh-cong"]', 'Từ thẻ thứ hai');
        await page.fill('textarea[name="area:chuyen-doi-so"]', 'Từ thẻ thứ nhất');
        await second.close();
        await page.reload();
        expect(await values(page)).toMatchObject({ 'area:tai-chinh-cong': 'Từ thẻ thứ hai', 'area:chuyen-doi-so': 'Từ thẻ thứ nhất', cell: 'Chi bộ Trường Tiểu học Thử' });
      });

      it('export → clear → import gives back the same data', async () => {
        const before = await values(page);
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export"]')]);
        const file = await download.path();
        // The save is confirmed with the file's name.
        expect(await statusText(page)).toContain(`“${download.suggestedFilename()}”`);
        const exported = JSON.parse(readFileSync(file, 'utf8'));
        expect(exported).toMatchObject({ kind: 'phieu-lien-he', version: 1 });
        await page.click('[data-action="clear"]');
        expect(Object.values(await values(page)).every((v) => v === '')).toBe(true);
        await page.setInputFiles('[data-action="import"]', file);
        await page.waitForFunction(() => document.querySelector('[data-worksheet-status]')?.textContent?.includes('Đã mở phiếu'));
        expect(await values(page)).toEqual(before);
        await page.reload();
        expect(await values(page)).toEqual(before);
      });

      it('refuses a malformed, a foreign, an oversized file and one with a field that is not text, and changes nothing saved', async () => {
        const saved = await stored(page);
        const shown = await values(page);
        for (const [name, content, message] of [
          ['hong.json', '{ "kind": "phieu-lien-he", ', 'không phải tệp phiếu đã lưu'],
          ['khac.json', JSON.stringify({ hello: 'world' }), 'không phải phiếu liên hệ'],
          ['lon.json', JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'x'.repeat(300 * 1024) } }), 'Tệp quá lớn'],
          // A field is named by its label, never by its form name ("area:the-che").
          ['so.json', JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { 'area:the-che': 5 } }), 'Ô “Cải cách thể chế – Kết quả, liên hệ tại đơn vị”'],
        ]) {
          await page.setInputFiles('[data-action="import"]', { name, mimeType: 'application/json', buffer: Buffer.from(content) });
          await page.waitForFunction((m) => document.querySelector('[data-worksheet-status]')?.textContent?.includes(m), message);
          expect(await page.getAttribute('[data-worksheet-status]', 'data-kind')).toBe('error');
          expect(await statusText(page)).not.toMatch(/area:|count:|kind|version|fields|\.json/);
          expect(await stored(page)).toBe(saved);
          expect(await values(page)).toEqual(shown);
        }
      });
    });
  }

  it('says so when storage is full, and keeps the text on screen', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(DIST).href + '/phieu-lien-he.html');
    await page.fill(AREA, 'Chữ không lưu được');
    expect(await statusText(page)).toContain('Chưa lưu được');
    expect(await page.inputValue(AREA)).toBe('Chữ không lưu được');
    await context.close();
  });
});
