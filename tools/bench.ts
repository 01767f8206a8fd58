/**
 * `npm run bench`: prints the figures the issues ask for. Measures, never asserts.
 *   - build time (median of 3 runs of `astro build`), pages built, size of dist/
 *   - for each page, the bytes a first visit loads: HTML + CSS + JS (raw and gzip)
 *   - the offline copy: files and bytes the service worker stores after a first visit
 *   - search: index sizes; keystroke-to-results times over http and file://, cold and warm,
 *     on the real site and on a synthetic site of 2,000 pages (SEARCH_BENCH_PAGES to change)
 * `--no-search` skips the search part; `--no-build` reuses dist/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { rmSync } from 'node:fs';
import { listFiles } from '../src/build/dist-files';
import { offlineFiles } from '../src/site/offline-cache';
import { FILES } from '../src/site/routes';
import { hasChromium } from './harness/chromium';
import { EVERYDAY_QUERIES } from './harness/everyday-queries';
import { TEACHER_QUERIES } from './harness/teacher-queries';
import { benchSearch, machineBaseline, pageWithoutScripts, type SearchTimings } from './bench-search';
import { buildSyntheticSite } from './synthetic-site';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BUDGET_GZIP = 15 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

const args = new Set(process.argv.slice(2));
const runs: number[] = [];
for (let i = 0; i < (args.has('--no-build') ? 0 : 3); i += 1) {
  const start = performance.now();
  execFileSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'ignore' });
  runs.push(performance.now() - start);
}

const files = listFiles(DIST);
const pages = files.filter((f) => f.endsWith('.html'));
const distBytes = files.reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);

console.log('Build');
if (runs.length) console.log(`  build time (median of 3): ${(median(runs) / 1000).toFixed(2)} s  [${runs.map((r) => (r / 1000).toFixed(2)).join(', ')}]`);
console.log(`  pages built: ${pages.length}`);
console.log(`  dist/ size: ${kb(distBytes)} in ${files.length} files`);
console.log('');
console.log('First visit per page (HTML + CSS + JS it loads)');
console.log(`  ${'page'.padEnd(22)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'of which JS gzip'.padStart(17)}  budget`);

let worst = 0;
for (const page of pages) {
  const html = readFileSync(join(DIST, page));
  const root = parse(html.toString());
  const dir = page.split('/').slice(0, -1).join('/');
  const assets = [
    ...root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!),
    ...root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
  ].map((href) => readFileSync(join(DIST, dir, href)));
  const inlineJs = root.querySelectorAll('script:not([src])').map((s) => s.text).join('');
  const externalJs = root.querySelectorAll('script[src]').map((s) => readFileSync(join(DIST, dir, s.getAttribute('src')!)));
  const raw = html.length + assets.reduce((sum, a) => sum + a.length, 0);
  const gzip = gzipSync(html).length + assets.reduce((sum, a) => sum + gzipSync(a).length, 0);
  const jsGzip = gzipSync(Buffer.concat([Buffer.from(inlineJs), ...externalJs])).length;
  worst = Math.max(worst, gzip);
  console.log(
    `  ${page.padEnd(22)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)} ${kb(jsGzip).padStart(17)}  ${gzip <= BUDGET_GZIP ? 'ok' : 'OVER'}`,
  );
}
console.log('');
console.log(`Largest first visit: ${kb(worst)} gzip (budget ${kb(BUDGET_GZIP)}; Starlight build of the same outline: about 49 KB).`);

// Offline after one visit: what sw.js stores in the background once the first page has loaded (http/https only).
const stored = new Set(offlineFiles(files));
const cache = folderBytes(DIST, (f) => stored.has(f));
console.log('');
console.log(`Offline copy (${FILES.serviceWorker}, after the first page over http/https): ${stored.size} files, ${kb(cache.raw)} stored (${kb(cache.gzip)} gzip as sent), ${FILES.serviceWorker} itself ${kb(statSync(join(DIST, FILES.serviceWorker)).size)}`);

function folderBytes(dir: string, filter: (f: string) => boolean): { raw: number; gzip: number } {
  return listFiles(dir)
    .filter(filter)
    .reduce(
      (sum, f) => {
        const data = readFileSync(join(dir, f));
        return { raw: sum.raw + data.length, gzip: sum.gzip + gzipSync(data).length };
      },
      { raw: 0, gzip: 0 },
    );
}

function printIndexSizes(dir: string, label: string): void {
  const pf = folderBytes(dir, (f) => f.startsWith(`${FILES.pagefindDir}/`));
  const compact = folderBytes(dir, (f) => f === FILES.searchIndex);
  const parts = listFiles(dir).filter((f) => f.startsWith(`${FILES.searchPartsDir}/`));
  const sharded = folderBytes(dir, (f) => f.startsWith(`${FILES.searchPartsDir}/`));
  const index = parts.length
    ? `sharded index ${parts.length} parts, ${kb(sharded.raw)} (${kb(sharded.gzip)} gzip)`
    : `compact index ${FILES.searchIndex} ${kb(compact.raw)} (${kb(compact.gzip)} gzip)`;
  console.log(`  ${label}: ${index}; Pagefind index (not loaded by the page) ${kb(pf.raw)} (${kb(pf.gzip)} gzip)`);
}

function printTimings(label: string, timings: SearchTimings[], queries: string[]): void {
  for (const t of timings) {
    const cold = t.cold.map((c) => c.ms);
    const warm = t.warm.length ? `; first query typed at once: first results ${median(t.firstQueryShown).toFixed(0)} ms, all ${median(t.firstQuery).toFixed(0)} ms; warm median ${median(t.warm).toFixed(1)} ms (max ${Math.max(...t.warm).toFixed(1)}) over ${t.warm.length} queries` : '';
    console.log(`  ${label}, ${t.mode.padEnd(24)} (${t.cold[0]?.engine}): visit to first result median ${median(cold).toFixed(0)} ms; the page alone (no query) ${median(t.bare).toFixed(0)} ms until its scripts have run${warm}`);
    t.cold.forEach((c, i) => {
      const traffic = t.mode === 'file' ? '' : `, ${kb(c.bytes)} in ${c.requests} requests`;
      console.log(`      ${queries[i % queries.length].padEnd(32)} ${c.ms.toFixed(0).padStart(6)} ms${traffic}`);
    });
  }
  const http = timings.find((t) => t.mode === 'http')!;
  const file = timings.find((t) => t.mode === 'file')!;
  const same = http.firstResults.filter((page, i) => page === file.firstResults[i]).length;
  console.log(`  ${label}: same first result over http and file:// for ${same}/${http.firstResults.length} queries`);
}

if (!args.has('--no-search')) {
  console.log('');
  console.log('Search (cold: a first visit of tim-kiem.html?q=…, page load to first result; warm: Enter to results)');
  if (!hasChromium) {
    console.log('  skipped: no Chromium (apt-get install chromium)');
  } else {
    const machine = await machineBaseline();
    console.log(`  this machine: a blank page's script runs ${median(machine.blankPage).toFixed(0)} ms after navigation starts (new context); ten empty classic scripts load and run in ${median(machine.tenScripts.http).toFixed(0)} ms over http, ${median(machine.tenScripts.file).toFixed(0)} ms from file:// (medians of 5)`);
    const queries = [...EVERYDAY_QUERIES.map(([q]) => q), ...TEACHER_QUERIES.map(([q]) => q)];
    const floor = await pageWithoutScripts(DIST);
    console.log(`  this site's search page with its scripts left out (HTML, CSS, inline data), fast link: DOMContentLoaded ends ${median(floor.contentLoaded).toFixed(0)} ms, first contentful paint ${median(floor.firstPaint).toFixed(0)} ms after navigation starts (medians of 5): no script can show results before that`);
    printIndexSizes(DIST, 'this site');
    printTimings('this site', await benchSearch(DIST, queries), queries);
    const size = Number(process.env.SEARCH_BENCH_PAGES ?? 2000);
    const synthetic = await buildSyntheticSite(DIST, size);
    printIndexSizes(synthetic, `synthetic ${size} pages`);
    printTimings(`synthetic ${size} pages`, await benchSearch(synthetic, queries.slice(0, 20), 5), queries);
    rmSync(synthetic, { recursive: true, force: true });
    console.log('  targets: this site cold ≤ 150 ms (fast link), ≤ 2 s (weak link), warm ≤ 30 ms; 2,000 pages cold ≤ 300 ms (fast), ≤ 4 s (weak), warm ≤ 100 ms; file:// cold ≤ 100 ms (the phone row has no target of its own: it shows what a slower CPU adds on the weak link)');
  }
}
