/**
 * The search page (tim-kiem.html). One UI for both search paths (P3):
 * - over http, Pagefind finds the candidate pages (its module, fetch and Worker are allowed);
 * - from file://, where they are blocked, the offline engine searches dist/search-index.js,
 *   loaded as a classic <script>. It is also the fallback when Pagefind cannot load.
 * Both rank with src/lib/search-rank.ts, so a query gives the same first page either way.
 */
import { parseQuery, queryState, spellingVariants, type SearchQuery } from '../lib/search-query';
import { createSearchEngine, sortResults, type SearchResult } from '../lib/search-engine';
import type { PackedSearchIndex } from '../lib/search-index-format';
import { excerptAround, matchRanges, QueryMatcher, RankVocabulary, scoreText } from '../lib/search-rank';
import { t } from '../lib/ui-strings';

declare global {
  interface Window {
    OUTLINE_SEARCH_INDEX?: PackedSearchIndex;
  }
}

interface Backend {
  name: 'pagefind' | 'offline';
  search(query: SearchQuery): Promise<SearchResult[]>;
}

/** Pagefind's result data, as far as this page uses it. */
interface PagefindData {
  url: string;
  content: string;
  meta: { title?: string };
  sub_results: Array<{ title: string; url: string; excerpt: string; locations?: number[] }>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  search(term: string): Promise<{ results: Array<{ id: string; data(): Promise<PagefindData> }> } | null>;
}

/** Candidates asked from Pagefind per spelling; the shared ranking then orders them. */
const PAGEFIND_CANDIDATES = 20;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(script);
  });
}

async function offlineBackend(): Promise<Backend> {
  if (!window.OUTLINE_SEARCH_INDEX) await loadClassicScript('search-index.js');
  if (!window.OUTLINE_SEARCH_INDEX) throw new Error('search-index.js holds no index');
  const engine = createSearchEngine(window.OUTLINE_SEARCH_INDEX);
  return { name: 'offline', search: async (query) => engine.search(query) };
}

/** Plain text of Pagefind's excerpt HTML (parsed inert, in a template). */
function htmlToText(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
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

function pagefindResult(data: PagefindData, matcher: QueryMatcher, score: number): SearchResult {
  const title = data.meta.title ?? '';
  let best = data.sub_results[0];
  let bestRank = [-1, -1];
  for (const sub of data.sub_results) {
    const c = matcher.coverage(matcher.vocabulary.idsOf(`${sub.title} ${htmlToText(sub.excerpt)}`));
    const rank = [c.terms, sub.locations?.length ?? c.hits];
    if (rank[0] > bestRank[0] || (rank[0] === bestRank[0] && rank[1] > bestRank[1])) {
      best = sub;
      bestRank = rank;
    }
  }
  const excerpt = best ? htmlToText(best.excerpt) : excerptAround(data.content, matcher.query);
  return { url: siteRelative(best?.url ?? data.url), pageTitle: title, heading: best?.title ?? title, excerpt, score };
}

async function pagefindBackend(): Promise<Backend> {
  const pagefind: PagefindModule = await import(new URL('pagefind/pagefind.js', location.href).href);
  await pagefind.options({ excerptLength: 28 });
  await pagefind.init?.();
  return {
    name: 'pagefind',
    async search(query) {
      const searches = await Promise.all(spellingVariants(query).map((spelling) => pagefind.search(spelling)));
      const candidates = new Map<string, { data(): Promise<PagefindData> }>();
      for (const found of searches) for (const hit of (found?.results ?? []).slice(0, PAGEFIND_CANDIDATES)) candidates.set(hit.id, hit);
      const results: SearchResult[] = [];
      const vocabulary = new RankVocabulary();
      const matcher = new QueryMatcher(query, vocabulary);
      for (const data of await Promise.all([...candidates.values()].map((hit) => hit.data()))) {
        const score = scoreText({ title: data.meta.title ?? '', content: data.content }, query, vocabulary);
        if (score > 0) results.push(pagefindResult(data, matcher, score));
      }
      return sortResults(results);
    },
  };
}

let backend: Promise<Backend> | undefined;
function getBackend(): Promise<Backend> {
  backend ??= location.protocol === 'file:' ? offlineBackend() : pagefindBackend().catch(() => offlineBackend());
  return backend;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

function marked(text: string, query: SearchQuery): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/** The result link carries the words (?hl=) so the page marks them on arrival. */
function resultHref(url: string, raw: string): string {
  const [path, hash] = url.split('#');
  return `${path}?hl=${encodeURIComponent(raw)}${hash ? `#${hash}` : ''}`;
}

function renderResults(results: SearchResult[], query: SearchQuery): void {
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = resultHref(result.url, query.raw);
      const page = document.createElement('span');
      page.className = 'result__page';
      page.textContent = result.pageTitle;
      link.append(page);
      if (result.heading && result.heading !== result.pageTitle) {
        const heading = document.createElement('span');
        heading.className = 'result__heading';
        heading.textContent = result.heading;
        link.append(heading);
      }
      const excerpt = document.createElement('p');
      excerpt.className = 'result__excerpt';
      excerpt.append(marked(result.excerpt, query));
      item.append(link, excerpt);
      return item;
    }),
  );
}

function setState(state: 'idle' | 'loading' | 'done' | 'error', message: string, raw: string): void {
  list.dataset.searchState = state;
  list.dataset.searchQuery = raw;
  status.textContent = message;
}

let latest = 0;
async function run(raw: string, startedAt: number): Promise<void> {
  const ticket = ++latest;
  const state = queryState(raw);
  if (state !== 'ok') {
    list.replaceChildren();
    setState('done', t(state === 'empty' ? 'search.empty' : 'search.noWords'), raw);
    return;
  }
  setState('loading', t('search.loading'), raw);
  let found: Backend;
  try {
    found = await getBackend();
  } catch {
    setState('error', t('search.noIndex'), raw);
    return;
  }
  const query = parseQuery(raw);
  const results = await found.search(query);
  if (ticket !== latest) return;
  renderResults(results, query);
  list.dataset.searchBackend = found.name;
  list.dataset.searchMs = (performance.now() - startedAt).toFixed(1);
  setState('done', results.length ? t('search.count', { count: results.length, query: raw }) : t('search.none', { query: raw }), raw);
}

/** The address follows what is typed, so a search can be shared as a link. */
function rememberQuery(raw: string): void {
  try {
    history.replaceState(null, '', raw ? `?q=${encodeURIComponent(raw)}` : location.pathname.split('/').pop());
  } catch {
    // Some browsers refuse to change a file:// address; the search still works.
  }
}

let timer: number | undefined;
input.addEventListener('input', () => {
  const startedAt = performance.now();
  window.clearTimeout(timer);
  rememberQuery(input.value);
  timer = window.setTimeout(() => void run(input.value, startedAt), 180);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  rememberQuery(input.value);
  void run(input.value, performance.now());
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial, performance.now());
