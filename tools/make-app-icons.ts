/**
 * Draws public/icon-192.png and public/icon-512.png, the icons of the web app manifest
 * (src/site/web-manifest.ts), from the site's own artwork: the star of public/favicon.svg on its
 * red, filling the square (a phone rounds or crops it), the star kept inside the middle circle
 * that survives any crop (the "maskable" safe zone, 80% of the width). Run again only to change
 * the design:
 *   npx tsx tools/make-app-icons.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './harness/chromium';

const PUBLIC = join(import.meta.dirname, '../public');
const favicon = readFileSync(join(PUBLIC, 'favicon.svg'), 'utf8');
const red = /<rect[^>]*fill="([^"]+)"/.exec(favicon)![1];
const star = /<path[^>]*\/>/.exec(favicon)![0];

// The favicon's star spans 4.7–27.3 × 5–26.5 (centre 16, 15.75); scaled by 0.78 about that centre
// its farthest point is 10 units from the middle, well inside the safe circle's 12.8.
const svg = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" fill="${red}"/><g transform="translate(16 16) scale(0.78) translate(-16 -15.75)">${star}</g></svg>`;

const browser = await launchChromium();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg(size)}</body></html>`);
  await page.locator('svg').screenshot({ path: join(PUBLIC, `icon-${size}.png`), omitBackground: false });
  await page.close();
}
await browser.close();
