/**
 * Build time: both search indexes of a built site (P3):
 * - dist/pagefind/: Pagefind's index, through its Node API, for search over http;
 * - dist/search-index.js: the same indexed text as a classic script, packed (../index-format.ts),
 *   for the offline engine that runs from file:// (where Pagefind's module, fetch and Worker are blocked).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles, readPages } from '../../build/dist-files';
import { FILES, GLOBALS } from '../../site/routes';
import { packSearchIndex } from '../index-format';
import type { SearchPage } from '../types';
import { extractSearchPage } from './records';

/** Writes both indexes for the site in `root`; returns the number of pages indexed. Used by the bench too. */
export async function writeSearchIndexes(root: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', keepIndexUrl: true });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: root });
  if (added.errors.length) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(root, FILES.pagefindDir) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  removeUnusedPagefindFiles(join(root, FILES.pagefindDir));

  const pages: SearchPage[] = [];
  for (const [path, html] of readPages(root, listFiles(root).filter((f) => !f.startsWith(`${FILES.pagefindDir}/`)))) {
    const page = extractSearchPage(html, path);
    if (page) pages.push(page);
  }
  // Pagefind counts every page it read; its entry file says how many it kept (those with data-pagefind-body).
  const entry = JSON.parse(readFileSync(join(root, FILES.pagefindDir, 'pagefind-entry.json'), 'utf8'));
  const kept = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
  if (pages.length !== kept) {
    throw new Error(`Search indexes disagree: Pagefind kept ${kept} pages, the offline index has ${pages.length}.`);
  }
  writeFileSync(join(root, FILES.searchIndex), `window.${GLOBALS.offlineIndex}=${JSON.stringify(packSearchIndex(pages))};\n`);
  return pages.length;
}

/** The site uses its own search page: Pagefind's ready-made UIs would only weigh on the USB copy. */
function removeUnusedPagefindFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name)) rmSync(join(dir, name));
  }
}
