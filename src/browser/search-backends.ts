/**
 * The search paths behind the search page (P3). Both read the same records (every paragraph
 * of the site, src/search/build/write-indexes.ts) and rank them with the same rules
 * (src/search/rank.ts), so they return the same results:
 * - the compact engine searches dist/search-index.js in the page, a classic script that loads
 *   over http and from file:// alike. The build uses it wherever the index is small, and it is
 *   the only path from file:// (where Pagefind's module, fetch and Worker are blocked);
 * - on a large site over http (data-search-engine="pagefind"), Pagefind finds the candidate
 *   records, loading only the parts of its index a query needs; the shared ranking orders them.
 */
import { COMMON_WORDS } from '../search/common-words';
import { createSearchEngine } from '../search/engine';
import type { PackedSearchIndex } from '../search/index-format';
import { spellingVariants, type SearchQuery } from '../search/query';
import { RecordScorer } from '../search/rank';
import { rankPages, toResult } from '../search/results';
import type { SearchOutcome, SearchRecord } from '../search/types';
import { RankVocabulary } from '../search/vocabulary';
import { FILES, GLOBALS } from '../site/routes';

declare global {
  interface Window {
    [GLOBALS.offlineIndex]?: PackedSearchIndex;
  }
}

export interface Backend {
  name: 'compact' | 'pagefind';
  /** The best `limit` results, and whether there are more. */
  search(query: SearchQuery, limit: number): Promise<SearchOutcome>;
  /** Called as the teacher types, before the search runs: a chance to start loading what it will need. */
  prepare?(query: SearchQuery): void;
}

/** A page Pagefind found; data() loads its text and meta. */
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface PagefindModule {
  init?(): Promise<void>;
  search(term: string): Promise<{ results: PagefindHit[] } | null>;
  preload(term: string): Promise<void>;
}

/**
 * How many rounds of Pagefind's pages one search reads at most, a page of results each: enough
 * when some of its first pages do not match by the shared ranking (a quoted phrase whose words
 * stand apart, a d/đ spelling answered by leaving a word out), without reading the whole site.
 */
const MAX_READ_ROUNDS = 2;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

export async function compactBackend(): Promise<Backend> {
  // The search page loads it itself (a <script> before this one); a large site's page leaves it to us.
  if (!window[GLOBALS.offlineIndex]) await loadClassicScript(FILES.searchIndex);
  const packed = window[GLOBALS.offlineIndex];
  if (!packed) throw new Error(`${FILES.searchIndex} holds no index`);
  const engine = createSearchEngine(packed);
  // For `npm run bench`: when the engine was ready, in the page's own timeline.
  performance.mark('search-engine-ready');
  return { name: 'compact', search: async (query, limit) => engine.search(query, limit) };
}

/** A page Pagefind found, read: its records (as the compact index has them) and their words as ranking reads them. */
interface FoundPage {
  url: string;
  title: string;
  records: Array<{ record: SearchRecord; words: { text: number[]; heading: number[]; title: number[]; reference?: boolean } }>;
}

/** A page's records from its text and meta (src/search/build/write-indexes.ts, PagefindPageMeta). */
function recordsOf(content: string, meta: Record<string, string>): SearchRecord[] {
  const records: SearchRecord[] = [];
  let at = 0;
  for (const [anchor, heading, length, reference] of JSON.parse(meta.records) as Array<[string, string, number, number]>) {
    records.push({ page: 0, anchor, heading, text: content.slice(at, at + length), ...(reference ? { reference: true } : {}) });
    at += length + 1;
  }
  return records;
}

async function pagefindBackend(): Promise<Backend> {
  // Pagefind exists only in a build (dist/pagefind/); the address is known only in the browser.
  const pagefind: PagefindModule = await import(/* @vite-ignore */ new URL(FILES.pagefindModule, location.href).href);
  await pagefind.init?.();
  // A page is loaded and split into words once a visit, however many searches find it.
  const vocabulary = new RankVocabulary();
  const found = new Map<string, Promise<FoundPage>>();
  const load = (hit: PagefindHit): Promise<FoundPage> => {
    let page = found.get(hit.id);
    if (!page) {
      page = hit.data().then(({ url, content, meta }) => {
        const title = vocabulary.idsOf(meta.title);
        return {
          url,
          title: meta.title,
          records: recordsOf(content, meta).map((record) => ({ record, words: { text: vocabulary.idsOf(record.text), heading: vocabulary.idsOf(record.heading), title, reference: record.reference } })),
        };
      });
      found.set(hit.id, page);
      // A page that failed to load is asked again next time.
      page.catch(() => found.delete(hit.id));
    }
    return page;
  };
  return {
    name: 'pagefind',
    // Fetch the index chunks for the words while they are typed, as Pagefind's own debouncedSearch does.
    prepare(query) {
      for (const spelling of spellingVariants(query)) pagefind.preload(spelling).catch(() => undefined);
    },
    // Pagefind finds the pages (for every d/đ spelling: it keeps đ apart from d); the shared
    // ranking scores their records, read a page of results at a time from Pagefind's best,
    // until `limit` pages match. Each page is a request the first time, so the time to the first
    // results grows with the page of results, not with the site.
    async search(query, limit) {
      const lists = await Promise.all(spellingVariants(query).map(async (spelling) => (await pagefind.search(spelling))?.results ?? []));
      const best = new Map<string, PagefindHit>();
      for (const hit of lists.flat()) if (!best.has(hit.id) || hit.score > best.get(hit.id)!.score) best.set(hit.id, hit);
      const candidates = [...best.values()].sort((a, b) => b.score - a.score);
      const scorer = new RecordScorer(query, vocabulary, COMMON_WORDS);
      const scored: Array<{ record: SearchRecord & { title: string }; url: string; score: number }> = [];
      const pagesFound = new Set<string>();
      let read = 0;
      for (let round = 0; round < MAX_READ_ROUNDS && pagesFound.size < limit && read < candidates.length; round += 1) {
        const loading = candidates.slice(read, read + limit).map(load);
        read += loading.length;
        for (const page of await Promise.all(loading)) {
          for (const { record, words } of page.records) {
            const score = scorer.score(words);
            if (score <= 0) continue;
            scored.push({ record: { ...record, title: page.title }, url: siteRelative(page.url), score });
            pagesFound.add(page.url);
          }
        }
      }
      const pages = rankPages(scored);
      const results = pages.slice(0, limit).map(({ record, url, score }) => toResult(url, record.title, record, query, score));
      return { results, more: read < candidates.length || pages.length > limit };
    },
  };
}

/**
 * Pagefind may give a page's URL from the server's root ("/truong/de-cuong/a-i-3.html"); the
 * search page sits in the site's top folder, so the part after that folder is the relative link.
 */
function siteRelative(url: string): string {
  if (!url.startsWith('/')) return url;
  const siteFolder = new URL('.', location.href).pathname;
  return url.startsWith(siteFolder) ? url.slice(siteFolder.length) : url.replace(/^\/+/, '');
}

/** Which engine the build chose for this site (src/search/build/write-indexes.ts); `?engine=` overrides it, for tests. */
function chosenEngine(): 'compact' | 'pagefind' {
  const asked = new URLSearchParams(location.search).get('engine');
  const built = document.querySelector<HTMLElement>('[data-search-engine]')?.dataset.searchEngine;
  return (asked ?? built) === 'pagefind' ? 'pagefind' : 'compact';
}

let backend: Promise<Backend> | undefined;
export function getBackend(): Promise<Backend> {
  backend ??= (location.protocol === 'file:' || chosenEngine() === 'compact' ? compactBackend() : pagefindBackend().catch(() => compactBackend())).catch((error: unknown) => {
    // Nothing loaded (the connection dropped): the next search tries again.
    backend = undefined;
    throw error;
  });
  return backend;
}

/** Over http, a large site's page asks for Pagefind's module early, while the rest of the page loads. */
export function preloadPagefind(): void {
  if (location.protocol === 'file:' || chosenEngine() !== 'pagefind') return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = FILES.pagefindModule;
  document.head.append(link);
}

/**
 * When Pagefind's files fail during a search (a server that refuses their file types, as IIS
 * does until they are added; a dropped connection), the compact index takes over for the rest
 * of the visit: same records, same ranking, same results. If it cannot load either, nothing changes.
 */
export async function compactInstead(): Promise<Backend> {
  const compact = await compactBackend();
  backend = Promise.resolve(compact);
  return compact;
}
