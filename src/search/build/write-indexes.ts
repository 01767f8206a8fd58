/**
 * Build time: the search indexes of a built site (P3), made from one list of records (every
 * paragraph of every indexed page, records.ts), so that every search path reads the same text
 * and ranks it with the same rules (../rank.ts):
 * - dist/search-index.js: the compact index (../compact-index.ts), a classic script, while it is
 *   small (COMPACT_INDEX_LIMIT): the search page loads it whole, in one request;
 * - dist/search-parts/: the sharded index (../sharded-index.ts) of a site past that size: the
 *   search page loads only the parts a query needs, classic scripts too. Either way one index
 *   serves http and file:// alike.
 * - dist/pagefind/: the same records fed to Pagefind (addCustomRecord), for tools that read
 *   Pagefind's index. The search page does not load it: it cannot run from file://, and over a
 *   weak link its script, worker, wasm, index chunk and fragments took about 9 s to a first
 *   result when this design was chosen (issue 10), against one request for the compact index.
 * The search page is written for the index it has: its script and index tags, and its
 * data-search-engine attribute (for tests and tools to read), are set here (chooseSearchEngine).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { listFiles, readPages } from '../../build/dist-files';
import { FILES, GLOBALS, PAGES } from '../../site/routes';
import { jsonForScript } from '../../site/text';
import { packSearchIndex } from '../compact-index';
import { packShardedIndex, partFile, type ShardDirectory } from '../sharded-index';
import type { SearchSite } from '../types';
import { extractRecords } from './records';

/**
 * Above this size (gzip) the site gets the sharded index instead of the compact one. On the
 * island's link (400 kbit/s, that is 50 KB a second, and 400 ms round trips) `npm run bench`
 * measured this site's first search, from the page's first byte to its first results, at about
 * 1.8 s with its 18 KB compact index (39 KB in 5 requests); every further 16 KB of index adds a
 * third of a second, so at 30 KB the first result still comes within 2 s. The sharded index costs
 * two more round trips whatever the site's size (its parts, then the pages shown): 2.4 s for
 * this very site, 2.4 to 4 s for a site of 2,000 pages. Below about 50 KB the compact index is
 * the faster of the two; 30 KB keeps it within 2 s. A larger site (roughly 80 pages of this
 * outline's kind) gets the sharded index.
 */
export const COMPACT_INDEX_LIMIT = 30 * 1024;

export type SearchEngineName = 'compact' | 'sharded';

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

/** Writes the site's search index (compact or sharded) and Pagefind's, and tells the search page which it has. */
export async function writeSearchIndexes(root: string): Promise<{ pages: number; records: number; compactGzip: number; engine: SearchEngineName }> {
  const site = readSearchSite(root);
  const script = `window.${GLOBALS.compactIndex}=${JSON.stringify(packSearchIndex(site))};\n`;
  const compactGzip = gzipSync(script).length;
  const engine: SearchEngineName = compactGzip <= COMPACT_INDEX_LIMIT ? 'compact' : 'sharded';
  rmSync(join(root, FILES.searchPartsDir), { recursive: true, force: true });
  if (engine === 'compact') {
    writeFileSync(join(root, FILES.searchIndex), script);
    chooseSearchEngine(join(root, PAGES.search), engine);
  } else {
    rmSync(join(root, FILES.searchIndex), { force: true });
    chooseSearchEngine(join(root, PAGES.search), engine, writeShardedIndex(root, site));
  }
  await writePagefindIndex(root, site);
  return { pages: site.pages.length, records: site.records.length, compactGzip, engine };
}

/** Writes the parts of the sharded index, each a classic script that puts itself into window.OUTLINE_SEARCH_PARTS; returns its directory. */
function writeShardedIndex(root: string, site: SearchSite): ShardDirectory {
  const { directory, wordParts, pageParts } = packShardedIndex(site);
  const dir = join(root, FILES.searchPartsDir);
  mkdirSync(dir, { recursive: true });
  const write = (name: string, value: unknown) =>
    writeFileSync(join(dir, partFile(name, directory)), `(window.${GLOBALS.searchParts}||(window.${GLOBALS.searchParts}={}))[${JSON.stringify(name)}]=${JSON.stringify(value)};\n`);
  for (const [name, part] of wordParts) write(name, part);
  for (const [name, part] of pageParts) write(name, part);
  return directory;
}

/**
 * What Pagefind keeps of a page besides its text: the title, and where each record of the page
 * starts and ends in that text, so that a tool reading Pagefind's index can cut it into the very
 * records of the compact index (no page of the site loads Pagefind). `records`: JSON of [anchor, heading, length, reference (1 or 0)] per record (records joined by one space).
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
/** The compact index's script tag, with the address of the sharded index's preloader (src/browser/search-preload.ts). */
const INDEX_SCRIPT = new RegExp(`<script src="${FILES.searchIndex}" data-sharded-preload="([^"]+)"></script>`);
/** The search script's tag: the compact index's (src/browser/search-page-compact.ts), with the address of the sharded index's (search-page-sharded.ts). */
const SEARCH_SCRIPT = /<script src="([^"]+)" data-sharded-search="([^"]+)"><\/script>/;

/**
 * Writes the engine into the search page. With the sharded index, the page's script tag for the
 * compact index gives way to the sharded index's directory (JSON, read by the page's scripts) and
 * its preloader, which asks for the parts the address's query needs before the search script has
 * come, and the search script to the sharded index's. With the compact index, the files of the
 * sharded index's scripts go: nothing loads them (the zip and the offline copy carry only what
 * runs); so does the compact search script with the sharded index. The compact page keeps the
 * addresses in its tags, for tools/synthetic-site.ts.
 */
function chooseSearchEngine(searchPage: string, engine: SearchEngineName, directory?: ShardDirectory): void {
  let html = readFileSync(searchPage, 'utf8');
  const tag = INDEX_SCRIPT.exec(html);
  const search = SEARCH_SCRIPT.exec(html);
  if (!ENGINE_ATTRIBUTE.test(html) || !tag || !search) {
    throw new Error(
      `${PAGES.search} has no data-search-engine attribute, no <script src="${FILES.searchIndex}" data-sharded-preload="…"> or no <script src="…" data-sharded-search="…">: the search page and the index writer disagree`,
    );
  }
  html = html.replace(ENGINE_ATTRIBUTE, `data-search-engine="${engine}"`);
  const [, preload] = tag;
  const [, compactSearch, shardedSearch] = search;
  const remove = (file: string) => rmSync(join(dirname(searchPage), file), { force: true });
  if (directory) {
    html = html.replace(INDEX_SCRIPT, () => `<script type="application/json" id="${GLOBALS.searchDirectoryId}">${jsonForScript(directory)}</script><script src="${preload}"></script>`);
    html = html.replace(SEARCH_SCRIPT, () => `<script src="${shardedSearch}"></script>`);
    remove(compactSearch);
  } else {
    remove(preload);
    remove(shardedSearch);
  }
  writeFileSync(searchPage, html);
}

/** Where the search page of the site in `root`, with the compact index, expects the sharded index's scripts (its tags say): the preloader and the search script. */
export function shardedScriptPaths(root: string): { preload: string; search: string } {
  const html = readFileSync(join(root, PAGES.search), 'utf8');
  const tag = INDEX_SCRIPT.exec(html);
  const search = SEARCH_SCRIPT.exec(html);
  if (!tag || !search) throw new Error(`${PAGES.search} has no <script src="${FILES.searchIndex}" data-sharded-preload="…"> or no <script src="…" data-sharded-search="…">`);
  return { preload: join(root, tag[1]), search: join(root, search[2]) };
}
