/**
 * Draws public/og-image.png (1200×630), the picture shown in link previews. Generic on purpose
 * (no quarter, no cell), so it serves every outline; run again only to change the design:
 *   npx tsx tools/make-og-image.ts
 */
import { join } from 'node:path';
import { launchChromium } from './harness/chromium';

const html = `<!doctype html><html lang="vi"><body style="margin:0">
<div style="width:1200px;height:630px;background:#a3221b;color:#fff;display:flex;align-items:center;gap:48px;padding:0 70px;box-sizing:border-box;font-family:'DejaVu Sans',sans-serif">
  <svg width="260" height="260" viewBox="0 0 32 32"><path fill="#ffd54a" d="M16 2l3.8 9.3 10 .7-7.7 6.5 2.5 9.8L16 23 7.4 28.3l2.5-9.8L2.2 12l10-.7z"/></svg>
  <div><div style="font-size:64px;font-weight:700;line-height:1.15">Đề cương<br>sinh hoạt chủ điểm</div>
  <div style="font-size:32px;margin-top:28px;opacity:.95">Tài liệu học tập của chi bộ — đọc, trình chiếu, in</div></div>
</div></body></html>`;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: join(import.meta.dirname, '../public/og-image.png') });
await browser.close();
