/**
 * Build time: the search indexes of a built site (P3), made from one list of records (every
 * paragraph of every indexed page, records.ts), so that every search path reads the same text:
 * - dist/search-index.js: the compact index (../index-format.ts), a classic script. The search
 *   page reads it over http and from file:// alike, in one request, while it is small;
 * - dist/pagefind/: the same records fed to Pagefind (addCustomRecord), for sites whose compact
 *   index grows past COMPACT_INDEX_LIMIT: over http the search page then loads only the parts of
 *   Pagefind's index a query needs, and ranks what it finds with the same rules (../rank.ts).
 * The search page learns which at build time (its data-search-engine attribute).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { listFiles, readPages } from '../../build/dist-files';
import { FILES, GLOBALS, PAGES } from '../../site/routes';
import { packSearchIndex } from '../index-format';
import type { SearchSite } from '../types';
import { extractRecords } from './records';

/**
 * Above this size (gzip) the compact index is no longer what the search page loads over http.
 * On the island's link (400 kbit/s, that is 50 KB a second, and 400 ms round trips) `npm run
 * bench` measured this site's first search, from the page's first byte to its first results, at
 * about 1.7 s, with its 16.6 KB index among 33 KB in 5 requests. Every further 16 KB of index
 * adds a third of a second: at 30 KB the first result still comes within 2 s. A larger site
 * (roughly 80 pages of this outline's kind) loads Pagefind's parts instead.
 */
export const COMPACT_INDEX_LIMIT = 30 * 1024;

export type SearchEngineName = 'compact' | 'pagefind';

/** The records of every indexed page of the site in `root`. */
export function readSearchSite(root: string): SearchSite {
  const site: SearchSite = { pages: [], records: [] };
  const files = listFiles(root).filter((f) => !f.startsWith(`${FILES.pagefindDir}/`));
  for (const [url, html] of readPages(root, files)) {
    const page = extractRecords(html);
    if (!page) continue;
    const index = site.pages.push({ url, title: page.title }) - 1;
    for (const record of page.records) site.records.push({ ...record, page: index });
  }
  return site;
}

/** Writes both indexes for the site in `root` and tells its search page which to use. */
export async function writeSearchIndexes(root: string): Promise<{ pages: number; records: number; compactGzip: number; engine: SearchEngineName }> {
  const site = readSearchSite(root);
  const script = `window.${GLOBALS.offlineIndex}=${JSON.stringify(packSearchIndex(site))};\n`;
  writeFileSync(join(root, FILES.searchIndex), script);
  await writePagefindIndex(root, site);
  const compactGzip = gzipSync(script).length;
  const engine: SearchEngineName = compactGzip <= COMPACT_INDEX_LIMIT ? 'compact' : 'pagefind';
  chooseSearchEngine(join(root, PAGES.search), engine);
  return { pages: site.pages.length, records: site.records.length, compactGzip, engine };
}

/**
 * What Pagefind keeps of a page besides its text: the title, and where each record of the page
 * starts and ends in that text, so that the search page cuts it into the very records of the
 * compact index. `records`: JSON of [anchor, heading, length, reference (1 or 0)] per record (records joined by one space).
 */
export interface PagefindPageMeta {
  title: string;
  records: string;
}

async function writePagefindIndex(root: string, site: SearchSite): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // One Pagefind record per page (its metadata stays small, a query reads few fragments); the
  // page's text is its records one after the other, then their headings and the page's title, so
  // that Pagefind finds a page by any of them.
  const byPage = site.pages.map(() => [] as SearchSite['records']);
  for (const record of site.records) byPage[record.page].push(record);
  for (const [i, page] of site.pages.entries()) {
    const records = byPage[i];
    const meta: PagefindPageMeta = { title: page.title, records: JSON.stringify(records.map((r) => [r.anchor, r.heading, r.text.length, r.reference ? 1 : 0])) };
    const headings = [...new Set(records.map((r) => r.heading).filter(Boolean))];
    const added = await index.addCustomRecord({
      url: page.url,
      content: [...records.map((r) => r.text), ...headings, page.title].join(' '),
      language: 'vi',
      meta: meta as unknown as Record<string, string>,
    });
    if (added.errors.length) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(root, FILES.pagefindDir) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The site has its own search page: Pagefind's ready-made UIs would only weigh on the site.
  for (const name of readdirSync(join(root, FILES.pagefindDir))) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(root, FILES.pagefindDir, name));
  }
}

const ENGINE_ATTRIBUTE = /data-search-engine="[a-z]*"/;
const INDEX_SCRIPT = new RegExp(`<script src="${FILES.searchIndex}"[^>]*></script>`);

/**
 * Writes the engine into the search page. With Pagefind, the page no longer loads the compact
 * index over http (its script finds it from file://, where Pagefind cannot run).
 */
function chooseSearchEngine(searchPage: string, engine: SearchEngineName): void {
  let html = readFileSync(searchPage, 'utf8');
  if (!ENGINE_ATTRIBUTE.test(html) || !INDEX_SCRIPT.test(html)) {
    throw new Error(`${PAGES.search} has no data-search-engine attribute or no <script src="${FILES.searchIndex}">: the search page and the index writer disagree`);
  }
  html = html.replace(ENGINE_ATTRIBUTE, `data-search-engine="${engine}"`);
  if (engine === 'pagefind') html = html.replace(INDEX_SCRIPT, '');
  writeFileSync(searchPage, html);
}
