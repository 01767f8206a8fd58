/**
 * A synthetic site of N pages for the search bench: sentences of the built site's own
 * pages (the outline, as dist/ shows it), shuffled into pages with headings, in a temporary folder (never committed). The search
 * page and its scripts are copied from dist/, then both search indexes are built for it.
 */
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle } from '../src/build/classic-scripts';
import { readSearchSite, shardedScriptPaths, writeSearchIndexes } from '../src/search/build/write-indexes';
import { FILES, GLOBALS, PAGES } from '../src/site/routes';
import { createSlugger } from '../src/site/slug';

/** Small deterministic random numbers, so every run builds the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The text of the built site's indexed pages, one record a line. */
function siteText(distDir: string): string {
  return readSearchSite(distDir).records.map((r) => r.text).join('\n');
}

export async function buildSyntheticSite(distDir: string, pages: number): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), `search-bench-${pages}-`));
  const sentences = siteText(distDir)
    .split(/(?<=[.;:])\s+|\n+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 5);
  const next = random(2024);
  const pick = () => sentences[Math.floor(next() * sentences.length)];
  for (let i = 0; i < pages; i += 1) {
    const slug = createSlugger();
    const title = `Trang ${i + 1}: ${pick().split(' ').slice(0, 8).join(' ')}`;
    let body = `<h1 id="${slug(title)}">${escape(title)}</h1>`;
    const sections = 3 + Math.floor(next() * 3);
    for (let s = 0; s < sections; s += 1) {
      const heading = pick().split(' ').slice(0, 7).join(' ');
      body += `<h2 id="${slug(heading)}">${escape(heading)}</h2>`;
      for (let p = 0; p < 2 + Math.floor(next() * 3); p += 1) body += `<p>${escape([pick(), pick()].join(' '))}</p>`;
    }
    const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main><article data-pagefind-body>${body}</article></main></body></html>`;
    writeFileSync(join(root, `p${String(i).padStart(4, '0')}.html`), html);
  }
  // The search page as built, with its scripts and stylesheets, and the engine written into it afresh.
  copyFileSync(join(distDir, PAGES.search), join(root, PAGES.search));
  copyFileSync(join(distDir, FILES.favicon), join(root, FILES.favicon));
  cpSync(join(distDir, FILES.assetsDir), join(root, FILES.assetsDir), { recursive: true });
  // The copied page says which engine this site's size gave: reset it so the writer chooses again.
  // It has no offline copy (no service worker): the page does not ask for one.
  const built = readFileSync(join(root, PAGES.search), 'utf8');
  const searchPage = built.replace(/data-search-engine="[a-z]*"/, 'data-search-engine="compact"').replace(new RegExp(`<meta name="${GLOBALS.serviceWorkerMeta}"[^>]*>`), '');
  if (!searchPage.includes('data-search-engine="compact"') || searchPage.includes(`name="${GLOBALS.serviceWorkerMeta}"`)) throw new Error(`${PAGES.search}: the built search page has changed; tools/synthetic-site.ts cannot adapt it`);
  writeFileSync(join(root, PAGES.search), searchPage);
  // A small site's build leaves out the sharded index's scripts: bundle them where the page expects them.
  const sharded = shardedScriptPaths(root);
  writeFileSync(sharded.preload, (await bundle(join(import.meta.dirname, '../src/browser/search-preload.ts'))).code);
  writeFileSync(sharded.search, (await bundle(join(import.meta.dirname, '../src/browser/search-page-sharded.ts'))).code);
  await writeSearchIndexes(root);
  return root;
}
