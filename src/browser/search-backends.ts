/**
 * The two search paths behind the search page (P3), one interface:
 * - over http, Pagefind finds the candidate pages (its module, fetch and Worker are allowed);
 * - from file://, where they are blocked, the offline engine searches dist/search-index.js,
 *   loaded as a classic <script>. It is also the fallback when Pagefind cannot load.
 * Both score a page with the same code on the same words (src/search/rank.ts), so a page
 * gets the same score either way, and both pick its heading and excerpt alike (bestPart, on
 * the page cut at its headings: src/search/pagefind-page.ts for Pagefind's data).
 */
import { rankCandidates } from '../search/candidates';
import { createSearchEngine } from '../search/engine';
import type { PackedSearchIndex } from '../search/index-format';
import { pagefindPage, type PagefindPageData } from '../search/pagefind-page';
import { spellingVariants, type SearchQuery } from '../search/query';
import { rankableWords, QueryMatcher } from '../search/rank';
import { bestPart, sortResults } from '../search/results';
import type { SearchOutcome, SearchPage } from '../search/types';
import { RankVocabulary } from '../search/vocabulary';
import { FILES, GLOBALS } from '../site/routes';

declare global {
  interface Window {
    [GLOBALS.offlineIndex]?: PackedSearchIndex;
  }
}

export interface Backend {
  name: 'pagefind' | 'offline';
  /** The best `limit` results, and whether there are more. */
  search(query: SearchQuery, limit: number): Promise<SearchOutcome>;
  /** Called as the teacher types, before the search runs: a chance to start loading what it will need. */
  prepare?(query: SearchQuery): void;
}

/** A page Pagefind found; data() loads it. */
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindPageData & { url: string }>;
}
interface PagefindModule {
  init?(): Promise<void>;
  search(term: string): Promise<{ results: PagefindHit[] } | null>;
  preload(term: string): Promise<void>;
}

/**
 * How many of Pagefind's pages one search reads at most, in pages of results: enough when some
 * of the first pages it found do not match by the shared ranking (a quoted phrase whose words
 * stand apart, a d/đ spelling Pagefind answered by leaving a word out), without reading the
 * whole site for a rare phrase of common words.
 */
const MAX_READ_PAGES = 3;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

export async function offlineBackend(): Promise<Backend> {
  if (!window[GLOBALS.offlineIndex]) await loadClassicScript(FILES.searchIndex);
  const packed = window[GLOBALS.offlineIndex];
  if (!packed) throw new Error(`${FILES.searchIndex} holds no index`);
  const engine = createSearchEngine(packed);
  return { name: 'offline', search: async (query, limit) => engine.search(query, limit) };
}

/**
 * Pagefind gives URLs from the server's root ("/truong/de-cuong/a-i-3.html#x"); the search page
 * sits in the site's top folder, so the part after that folder is the relative link.
 */
function siteRelative(url: string): string {
  const siteFolder = new URL('.', location.href).pathname;
  const path = new URL(url, location.href).pathname;
  const relative = path.startsWith(siteFolder) ? path.slice(siteFolder.length) : path.replace(/^\/+/, '');
  return relative + new URL(url, location.href).hash;
}

/** A page Pagefind found, with its words as ranking reads them: its title's, then its content's. */
interface FoundPage {
  page: SearchPage;
  words: number[];
  titleLength: number;
}

async function pagefindBackend(): Promise<Backend> {
  // Pagefind exists only in a build (dist/pagefind/); the address is known only in the browser.
  const pagefind: PagefindModule = await import(/* @vite-ignore */ new URL(FILES.pagefindModule, location.href).href);
  await pagefind.init?.();
  // What is read of a page does not depend on the query: each page is loaded and split into
  // words once a visit, and each distinct word folded once, however many searches find it.
  const vocabulary = new RankVocabulary();
  const found = new Map<string, Promise<FoundPage>>();
  const load = (hit: PagefindHit): Promise<FoundPage> => {
    let page = found.get(hit.id);
    if (!page) {
      page = hit.data().then((data) => ({
        page: pagefindPage(siteRelative(data.url), data),
        ...rankableWords({ title: data.meta.title ?? '', content: data.content }, vocabulary),
      }));
      found.set(hit.id, page);
      // A page that failed to load is asked again next time.
      page.catch(() => found.delete(hit.id));
    }
    return page;
  };
  return {
    name: 'pagefind',
    // Fetch the index chunks for the words while they are typed, as Pagefind's own
    // debouncedSearch does, so the search after the pause finds them loaded.
    prepare(query) {
      for (const spelling of spellingVariants(query)) pagefind.preload(spelling).catch(() => undefined);
    },
    // Pagefind finds the pages; the shared ranking orders them, read from their fragments, a
    // page of results at a time from Pagefind's best (over all d/đ spellings) until `limit`
    // of them match. Each fragment is a request the first time (about 5 ms each here), which
    // is why a page of results is short and "Xem thêm kết quả" asks for more: the time to the
    // first results grows with the page, not with the site.
    async search(query, limit) {
      const lists = await Promise.all(spellingVariants(query).map(async (spelling) => (await pagefind.search(spelling))?.results ?? []));
      const ranked = rankCandidates(lists);
      // The same scoring as the offline engine, on the same words: the same number for a page.
      const matcher = new QueryMatcher(query, vocabulary);
      const scored: Array<FoundPage & { score: number; url: string }> = [];
      let read = 0;
      for (let round = 0; round < MAX_READ_PAGES && scored.length < limit && read < ranked.length; round += 1) {
        const loading = ranked.slice(read, read + limit).map(load);
        read += loading.length;
        for (const candidate of await Promise.all(loading)) {
          const score = matcher.score(candidate.words, candidate.titleLength);
          if (score > 0) scored.push({ ...candidate, score, url: candidate.page.url });
        }
      }
      // Only the results shown need their best heading and excerpt.
      const results = sortResults(scored)
        .slice(0, limit)
        .map(({ page, score }) => bestPart(page, matcher, score));
      return { results, more: read < ranked.length || scored.length > limit };
    },
  };
}

let backend: Promise<Backend> | undefined;
export function getBackend(): Promise<Backend> {
  backend ??= location.protocol === 'file:' ? offlineBackend() : pagefindBackend().catch(() => offlineBackend());
  return backend;
}

/**
 * When Pagefind's files fail during a search (a server that refuses their file types, as IIS
 * does until they are added; a dropped connection), the offline index takes over for the rest
 * of the visit: same ranking, same results. If it cannot load either, nothing changes.
 */
export async function offlineInstead(): Promise<Backend> {
  const offline = await offlineBackend();
  backend = Promise.resolve(offline);
  return offline;
}

