/**
 * The search page (tim-kiem.html). One UI for both search paths (P3):
 * - over http, Pagefind finds the candidate pages (its module, fetch and Worker are allowed);
 * - from file://, where they are blocked, the offline engine searches dist/search-index.js,
 *   loaded as a classic <script>. It is also the fallback when Pagefind cannot load.
 * Both score a page with the same code on the same words (src/lib/search-rank.ts), so a page
 * gets the same score either way, and both pick its heading and excerpt alike (bestPart, on
 * the page cut at its headings: pagefind-page.ts for Pagefind's data).
 */
import { parseQuery, queryState, spellingVariants, type SearchQuery } from '../lib/search-query';
import { pagefindPage, rankCandidates, type PagefindPageData } from '../lib/pagefind-page';
import { appendNewResults, bestPart, createSearchEngine, mergeResultLists, RESULTS_PAGE, sortResults, type SearchOutcome, type SearchPage, type SearchResult } from '../lib/search-engine';
import { querySynonyms, type Synonym } from '../lib/search-synonyms';
import type { PackedSearchIndex } from '../lib/search-index-format';
import { matchRanges, QueryMatcher, rankableWords, RankVocabulary } from '../lib/search-rank';
import { t } from './embedded-strings';

declare global {
  interface Window {
    OUTLINE_SEARCH_INDEX?: PackedSearchIndex;
  }
}

interface Backend {
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

async function offlineBackend(): Promise<Backend> {
  if (!window.OUTLINE_SEARCH_INDEX) await loadClassicScript('search-index.js');
  if (!window.OUTLINE_SEARCH_INDEX) throw new Error('search-index.js holds no index');
  const engine = createSearchEngine(window.OUTLINE_SEARCH_INDEX);
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
  const pagefind: PagefindModule = await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', location.href).href);
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
function getBackend(): Promise<Backend> {
  backend ??= location.protocol === 'file:' ? offlineBackend() : pagefindBackend().catch(() => offlineBackend());
  return backend;
}

/**
 * When Pagefind's files fail during a search (a server that refuses their file types, as IIS
 * does until they are added; a dropped connection), the offline index takes over for the rest
 * of the visit: same ranking, same results. If it cannot load either, nothing changes.
 */
async function offlineInstead(): Promise<Backend> {
  const offline = await offlineBackend();
  backend = Promise.resolve(offline);
  return offline;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
/** Abbreviations of the glossary and their full forms, written into the page at build time. */
const SYNONYMS: Synonym[] = JSON.parse(document.getElementById('search-synonyms')?.textContent ?? '[]');
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

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
/** How many results the query on screen asked for; "Xem thêm kết quả" asks for a page more. */
let asked = RESULTS_PAGE;
/** The results on screen. */
let shown: SearchResult[] = [];

/**
 * Runs a search and shows its results; false when a later search took its place. `keep`: the
 * results already shown, which stay first ("Xem thêm kết quả").
 */
async function run(raw: string, startedAt: number, limit = RESULTS_PAGE, keep: SearchResult[] = []): Promise<boolean> {
  const ticket = ++latest;
  asked = limit;
  // A new search takes the button away; "more" leaves it where it is (it may have the focus)
  // and only makes it inert until the results come.
  if (keep.length) moreButton.setAttribute('aria-disabled', 'true');
  else moreButton.hidden = true;
  const state = queryState(raw);
  if (state !== 'ok') {
    shown = [];
    list.replaceChildren();
    setState('done', t(state === 'empty' ? 'search.empty' : 'search.noWords'), raw);
    return true;
  }
  setState('loading', t('search.loading'), raw);
  let outcomes: SearchOutcome[];
  let found: Backend;
  // Glossary: "CCHC" is also searched as "cải cách hành chính", and the other way round.
  const spellings = [raw, ...querySynonyms(raw, SYNONYMS)];
  try {
    found = await getBackend();
  } catch {
    if (ticket !== latest) return false;
    moreButton.removeAttribute('aria-disabled');
    setState('error', t('search.noIndex'), raw);
    return true;
  }
  const searchWith = (ready: Backend) => Promise.all(spellings.map((spelling) => ready.search(parseQuery(spelling), limit)));
  try {
    outcomes = await searchWith(found);
  } catch {
    try {
      if (found.name !== 'pagefind') throw new Error('no other index');
      found = await offlineInstead();
      outcomes = await searchWith(found);
    } catch {
      // No index could be read (the connection dropped): say so, keep what is shown.
      if (ticket !== latest) return false;
      moreButton.removeAttribute('aria-disabled');
      setState('error', t('search.failed'), raw);
      return true;
    }
  }
  if (ticket !== latest) return false;
  const [own, ...others] = outcomes;
  // Each page of results: up to `limit` for what was typed, and up to as many more that only
  // its glossary spellings found.
  const results = appendNewResults(keep, mergeResultLists(own.results, others.map((other) => other.results), limit));
  // "More" that brought nothing new ends there (the pages left did not match after all).
  const more = outcomes.some((outcome) => outcome.more) && results.length > keep.length;
  shown = results;
  // Marks (and the words highlighted on arrival) cover every spelling searched.
  renderResults(results, spellings.length > 1 ? parseQuery(spellings.join(' ')) : parseQuery(raw));
  list.dataset.searchBackend = found.name;
  list.dataset.searchMs = (performance.now() - startedAt).toFixed(1);
  moreButton.removeAttribute('aria-disabled');
  moreButton.hidden = !more;
  const message = !results.length ? 'search.none' : more ? 'search.countMore' : 'search.count';
  setState('done', t(message, { count: results.length, query: raw }), raw);
  return true;
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
  const typed = input.value;
  getBackend()
    .then((ready) => ready.prepare?.(parseQuery(typed)))
    .catch(() => undefined);
  timer = window.setTimeout(() => void run(input.value, startedAt), 180);
});
moreButton.addEventListener('click', async () => {
  if (moreButton.getAttribute('aria-disabled') === 'true') return;
  const before = shown.length;
  // More of the search on screen (the box may already hold the start of another).
  if (!(await run(list.dataset.searchQuery ?? input.value, performance.now(), asked + RESULTS_PAGE, shown))) return;
  // The first new result takes the focus, to read on from there; when none came, the last one
  // (the button is gone).
  const links = list.querySelectorAll<HTMLAnchorElement>(':scope > li > a');
  if (moreButton.hidden || links.length > before) (links[before] ?? links[links.length - 1] ?? input).focus();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  rememberQuery(input.value);
  void run(input.value, performance.now());
});

// Load the index as soon as the page opens, while the teacher types: the first search then
// finds it ready. A failure is reported by the search that needs it (run), not here.
getBackend().catch(() => undefined);

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial;
void run(initial, performance.now());
