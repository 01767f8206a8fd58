/**
 * The search page (tim-kiem.html): the box, the results, "Xem thêm kết quả". The query is read
 * once where it enters (readQuery) and searched with the backend of the site's index
 * (search-backends.ts), which the page's search script brings (search-page-compact.ts or
 * search-page-sharded.ts: this module is part of both).
 */
import { documentNamedBy, type KnownDocument } from '../search/document-numbers';
import { appendNewResults, documentPageFirst, mergeSpellings, pageOf } from '../search/results';
import { matchRanges } from '../search/highlight';
import { queryState, readQuery, typedWithMarks, wordAsTyped, type ReadQuery, type SearchQuery } from '../search/query';
import { resultHref, wordsToMark } from '../search/result-link';
import { addLooser, type Loosened } from '../search/looser-search';
import { searchStatus } from '../search/search-status';
import type { Synonym } from '../search/synonyms';
import { RESULTS_PAGE, type SearchOutcome, type SearchResult } from '../search/types';
import { GLOBALS, PAGES, QUERY_PARAM } from '../site/routes';
import { withoutOuterQuotes } from '../site/text';
import type { UiKey } from '../site/ui-strings';
import { getBackend, type Backend } from './search-backends';
import { SEARCH_IN_ADDRESS_CLASS } from './search-in-address';
import { t } from './embedded-strings';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
/** Abbreviations of the glossary and their full forms, written into the page at build time. */
const SYNONYMS: Synonym[] = JSON.parse(document.getElementById(GLOBALS.synonymsId)?.textContent ?? '[]');
/** The numbered documents of the site, to say when a query names one the outline does not cite. */
const DOCUMENTS: KnownDocument[] = JSON.parse(document.getElementById(GLOBALS.documentsId)?.textContent ?? '[]');
/** Where each numbered section's page stands in the outline ("Mục A.II.3"), by page. */
const PLACES = new Map<string, string>(Object.entries(JSON.parse(document.getElementById(GLOBALS.placesId)?.textContent ?? '{}')));
const input = form.querySelector<HTMLInputElement>(`input[name="${QUERY_PARAM}"]`)!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;

/** The text with the query's words in <mark>. */
function highlighted(text: string, query: SearchQuery): DocumentFragment {
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

/**
 * Each result's item, made once: on a weak link the first results are shown, then more after
 * them as their pages arrive (and a failed search shows again those it replaced).
 */
const items = new WeakMap<SearchResult, { marks: SearchQuery; item: HTMLLIElement }>();

function itemOf(result: SearchResult, query: SearchQuery): HTMLLIElement {
  const made = items.get(result);
  if (made?.marks === query) return made.item;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = resultHref(result.url, wordsToMark(query));
  // Where the section stands, above its title: two sections may share a title's number ("3. …").
  const place = PLACES.get(pageOf(result));
  if (place) {
    const line = document.createElement('span');
    line.className = 'result__place';
    line.textContent = place;
    // A space between the lines: not drawn (flex items), but read ("Mục A.I.3 3. Xây dựng…", not "A.I.33.").
    link.append(line, ' ');
  }
  const page = document.createElement('span');
  page.className = 'result__page';
  page.textContent = result.pageTitle;
  link.append(page);
  if (result.heading && result.heading !== result.pageTitle) {
    const heading = document.createElement('span');
    heading.className = 'result__heading';
    heading.textContent = result.heading;
    link.append(' ', heading);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'result__excerpt';
  excerpt.append(highlighted(result.excerpt, query));
  item.append(link, excerpt);
  items.set(result, { marks: query, item });
  return item;
}

/** Shows the results; those already on screen stay where they are (a finger or the focus on one keeps it). */
function renderResults(results: SearchResult[], query: SearchQuery): void {
  const wanted = results.map((result) => itemOf(result, query));
  const onScreen = Array.from(list.children);
  if (onScreen.length <= wanted.length && onScreen.every((item, i) => item === wanted[i])) list.append(...wanted.slice(onScreen.length));
  else list.replaceChildren(...wanted);
}

/**
 * After the results that have every word typed, those that have only some (a phrase that few
 * pages hold whole: looser-search.ts, addLooser) are marked, the first one under a line that
 * says so. `wholePages`: the pages of the results with every word; none, no mark.
 */
function markPartResults(results: SearchResult[], wholePages: Set<string> | undefined): void {
  let noted = false;
  results.forEach((result, i) => {
    const item = list.children[i] as HTMLElement | undefined;
    if (!item) return;
    const inPart = wholePages !== undefined && !wholePages.has(pageOf(result));
    item.classList.toggle('result--part', inPart);
    if (inPart && !noted) item.dataset.partNote = t('search.looseResults');
    else delete item.dataset.partNote;
    noted ||= inPart;
  });
}

/** The longest query the page repeats in its status; longer ones end with "…". */
const ECHO_LIMIT = 80;

/**
 * Shows the state of the search. The query the teacher typed is repeated in a <bdi> of its own,
 * cut if long: a right-to-left mark pasted into it cannot turn the sentence around.
 */
function setState(state: 'idle' | 'loading' | 'done' | 'error', message: UiKey, raw: string, vars: Record<string, string | number> = {}): void {
  setStatus(state, t(message, vars), raw);
}

/** The status line: `text`, with the query (quoted once, isolated, cut) where it says {query}. */
function setStatus(state: 'idle' | 'loading' | 'done' | 'error', text: string, raw: string): void {
  list.dataset.searchState = state;
  list.dataset.searchQuery = raw;
  const [before, ...rest] = text.split('{query}');
  const shown = withoutOuterQuotes(raw);
  const echo = document.createElement('bdi');
  echo.textContent = shown.length > ECHO_LIMIT ? `${shown.slice(0, ECHO_LIMIT)}…` : shown;
  status.replaceChildren(before, ...(rest.length ? [echo, rest.join('{query}')] : []));
}

let latest = 0;
/** How many results the query on screen asked for; "Xem thêm kết quả" asks for a page more. */
let asked = RESULTS_PAGE;
/** The results on screen. */
let shown: SearchResult[] = [];
/** The search on screen, which "Xem thêm kết quả" continues (the box may already hold another). */
let current: ReadQuery = readQuery('', SYNONYMS);
/** The words marked in the results on screen. */
let shownMarks: SearchQuery = current.marks;

/**
 * Runs a search and shows its results; false when a later search took its place. `keep`: the
 * results already shown, which stay first ("Xem thêm kết quả").
 */
async function run(query: ReadQuery, startedAt: number, limit = RESULTS_PAGE, keep: SearchResult[] = []): Promise<boolean> {
  const onScreen = await show(query, startedAt, limit, keep);
  // A search that showed no result (an empty box, an error) changes the address too.
  if (onScreen) rememberSoon(latest, query.raw);
  return onScreen;
}

/** The search whose query the address has taken, or is about to. */
let rememberedFor = 0;

/**
 * The address takes a search's query once its first results are on screen (a reader may open
 * one before the others have come, and Back must find this search), after they are painted:
 * changing the address takes the browser a while. A hidden tab paints nothing: it is changed at once.
 */
function rememberSoon(ticket: number, raw: string): void {
  if (rememberedFor === ticket) return;
  rememberedFor = ticket;
  const remember = () => window.setTimeout(() => ticket === latest && rememberQuery(raw, asked));
  if (document.hidden) remember();
  else requestAnimationFrame(remember);
}

/** Runs a search and shows its results (run); false when a later search took its place. */
async function show(query: ReadQuery, startedAt: number, limit: number, keep: SearchResult[]): Promise<boolean> {
  const { raw } = query;
  const ticket = ++latest;
  // A result opened from the list before is no longer the one to come back to.
  followed = undefined;
  delete list.dataset.searchFirstMs;
  const askedBefore = asked;
  asked = limit;
  current = query;
  list.removeAttribute('data-search-partial');
  // A new search takes the button away; "more" leaves it where it is (it may have the focus)
  // and only makes it inert until the results come.
  if (keep.length) moreButton.setAttribute('aria-disabled', 'true');
  else moreButton.hidden = true;
  if (query.state !== 'ok') {
    shown = [];
    list.replaceChildren();
    setState('done', query.state === 'empty' ? 'search.empty' : 'search.noWords', raw);
    return true;
  }
  setState('loading', 'search.loading', raw);
  // A query naming a document by its number opens that document's page first, at its top.
  const named = documentNamedBy(raw, DOCUMENTS);
  const ordered = (found: SearchResult[]) => (named?.page ? documentPageFirst(found, named.page, GLOBALS.documentTitleId) : found);
  let outcomes: SearchOutcome[];
  let found: Backend;
  try {
    found = await getBackend();
  } catch {
    if (ticket !== latest) return false;
    moreButton.removeAttribute('aria-disabled');
    // `npm run dev` has no index (the page says so); anywhere else a part did not arrive: ask again.
    setState('error', document.querySelector('[data-dev-note]') ? 'search.noIndex' : 'search.failed', raw);
    return true;
  }
  // On a weak link the best results are shown as their pages arrive, before the tenth (they keep
  // their place: the first spelling, what was typed (query.ts, readQuery), comes first in the
  // final list too, unless it was found only spelled otherwise and another spelling as meant: mergeSpellings).
  let shownEarly = false;
  /** For npm run bench: when this search's first results came on screen (from the keystroke), and the visit's first (from the page's start). */
  const timeShown = () => {
    if (!shownEarly) list.dataset.searchFirstMs = (performance.now() - startedAt).toFixed(1);
    list.dataset.searchShownAt ??= performance.now().toFixed(0);
    rememberSoon(ticket, raw);
  };
  const early = (ready: Backend) => (first: SearchResult[]) => {
    if (ticket !== latest) return;
    renderResults(appendNewResults(keep, ordered(first)), query.marks);
    list.dataset.searchBackend = ready.name;
    timeShown();
    shownEarly = true;
  };
  // Glossary: "CCHC" is also searched as "cải cách hành chính", and the other way round.
  const searchWith = (ready: Backend) => Promise.all(query.spellings.map((spelling, i) => ready.search(spelling, limit, i === 0 ? early(ready) : undefined)));
  /** The looser searches' list, when nothing had every word typed or a phrase found too few (those after the whole ones match only in part). */
  let looser: Loosened | undefined;
  /** Each page of results: up to `limit` for what was typed, and up to as many more that only its glossary spellings found. */
  let wholeList: ReturnType<typeof mergeSpellings>;
  try {
    outcomes = await searchWith(found);
    wholeList = mergeSpellings(outcomes, limit);
    if (ticket === latest) {
      const stale = () => ticket !== latest;
      const { results: firstFound } = wholeList;
      // The results with every word are on screen while the looser searches look for more (on a
      // phone these take a few tenths of a second); if a part they need does not arrive, those stay.
      if (firstFound.length) early(found)(firstFound);
      const adding = addLooser((looserQuery, most) => found.search(looserQuery, most), query.spellings[0], wholeList, limit, stale);
      looser = firstFound.length ? await adding.catch(() => undefined) : await adding;
    }
  } catch {
    // A part of the index did not arrive (the connection dropped): say so, keep what was shown
    // before this search (not the first of its results), and ask for as many again next time
    // (a new query: one page; its history entry must not take the last query's count).
    if (ticket !== latest) return false;
    asked = keep.length ? askedBefore : RESULTS_PAGE;
    if (shownEarly) renderResults(shown, shownMarks);
    moreButton.removeAttribute('aria-disabled');
    setState('error', 'search.failed', raw);
    return true;
  }
  if (ticket !== latest) return false;
  // Then, in part, up to `limit` in all from the looser searches.
  const merged = looser?.merged ?? wholeList;
  /** Nothing had every word typed. */
  const partial = looser?.whole === 0;
  /** How many of the merged results have them all, before those in part. */
  const whole = looser ? looser.whole : merged.results.length;
  // A document named by its number comes first among the results of its kind: whole, or in part.
  const results = appendNewResults(keep, [...ordered(merged.results.slice(0, whole)), ...ordered(merged.results.slice(whole))]);
  // "More" that brought nothing new ends there (the pages left did not match after all).
  const more = (merged.leftOut || [...outcomes, ...(looser?.outcomes ?? [])].some((outcome) => outcome.more)) && results.length > keep.length;
  shown = results;
  shownMarks = query.marks;
  // Marks (and the words highlighted on arrival) cover every spelling searched.
  renderResults(results, query.marks);
  markPartResults(results, partial || !looser ? undefined : new Set(merged.results.slice(0, whole).map(pageOf)));
  list.dataset.searchBackend = found.name;
  list.dataset.searchMs = (performance.now() - startedAt).toFixed(1);
  timeShown();
  moreButton.removeAttribute('aria-disabled');
  moreButton.hidden = !more;
  list.toggleAttribute('data-search-partial', partial && results.length > 0);
  // Words typed with marks that the pages found have only spelled otherwise: none when another spelling found some.
  const first = query.spellings[0];
  const othersFound = outcomes.slice(1).some((outcome) => outcome.results.length > 0);
  const notAsTyped = othersFound ? [] : (outcomes[0]?.notAsTyped ?? []).map((term) => wordAsTyped(first, first.terms[term]));
  // Typing without marks is the advice only to a teacher who typed some on a word to find (not
  // the "là gì" spelled for a teacher who typed "la gi": question-phrases.ts).
  const notice = named?.notice;
  const said = { count: results.length, whole, more, partial, typedWithMarks: typedWithMarks(query.typed), notice, absent: looser?.absent ?? [], severalWords: first.terms.length > 1, notAsTyped };
  setStatus('done', searchStatus(said, t), raw);
  if (notice) {
    // Not a dead end: the documents the outline does cite are one tap away.
    const cited = document.createElement('a');
    cited.href = PAGES.documents;
    cited.textContent = t('search.citedDocuments');
    status.append(' ', cited);
  }
  return true;
}

/**
 * The address follows what is searched, so a search can be shared as a link (once a search: each
 * change costs). Its history entry keeps how many results were asked for ("Xem thêm kết quả"),
 * so that Back from a result finds the list as long as it was.
 */
function rememberQuery(raw: string, askedFor: number): void {
  // An empty box leaves no `?q=` at all (a blank one opened, too).
  const wanted = raw.trim() ? raw : null;
  const state: ListState | null = wanted && askedFor > RESULTS_PAGE ? { asked: askedFor } : null;
  if (new URLSearchParams(location.search).get(QUERY_PARAM) === wanted && askedInHistory() === (state?.asked ?? RESULTS_PAGE)) return;
  try {
    history.replaceState(state, '', wanted ? `?${QUERY_PARAM}=${encodeURIComponent(wanted)}` : location.pathname);
  } catch {
    // Some browsers refuse to change a file:// address; the search still works.
  }
}

/** What the history entry of the search page keeps. */
interface ListState {
  asked?: number;
  /** The result opened from this list (its place in it): Back puts the focus on it again. */
  followed?: number;
}

/** The result links on screen, in order. */
const resultLinks = () => Array.from(list.querySelectorAll<HTMLAnchorElement>(':scope > li > a'));

// A reader who opens a result and comes Back reads on from that result (keyboard, screen reader):
// the history entry remembers which one it was, written as the page is left (a result opened in
// another tab leaves this page as it is).
let followed: number | undefined;
list.addEventListener('click', (event) => {
  // A result opened in another tab (Ctrl, a middle click) leaves this page where it is.
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest('a');
  followed = link ? resultLinks().indexOf(link as HTMLAnchorElement) : undefined;
});
addEventListener('pagehide', () => {
  if (followed === undefined || followed < 0) return;
  try {
    history.replaceState({ ...(history.state as ListState | null), followed } satisfies ListState, '');
  } catch {
    // Some browsers refuse to change a file:// address's state; Back finds the list all the same.
  }
});

/** How many results this history entry's search had asked for (a whole number of pages, at most ten). */
function askedInHistory(): number {
  const asked = Number((history.state as Partial<ListState> | null)?.asked);
  return Number.isInteger(asked) && asked > RESULTS_PAGE ? Math.min(asked, 10 * RESULTS_PAGE) : RESULTS_PAGE;
}

/** Whether the last word typed is a single letter (a new word just begun). */
function stillTyping(query: ReadQuery): boolean {
  const { terms, sequence } = query.typed;
  return sequence.length > 0 && Array.from(terms[sequence[sequence.length - 1]].folded).length < 2;
}

let timer: number | undefined;
input.addEventListener('input', () => {
  // The search typed now is no longer the address's: the typing hint follows the results alone.
  document.documentElement.classList.remove(SEARCH_IN_ADDRESS_CLASS);
  const startedAt = performance.now();
  window.clearTimeout(timer);
  const typed = input.value;
  const query = readQuery(typed, SYNONYMS);
  // A last word of one letter is not searched as it is typed (Enter still searches it): it
  // begins so many words that a large site's index would load a good part of itself.
  if (stillTyping(query)) return;
  getBackend()
    .then((ready) => ready.prepare?.(query.spellings[0]))
    .catch(() => undefined);
  timer = window.setTimeout(() => void run(query, startedAt), 180);
});
moreButton.addEventListener('click', async () => {
  if (moreButton.getAttribute('aria-disabled') === 'true') return;
  const before = shown.length;
  if (!(await run(current, performance.now(), asked + RESULTS_PAGE, shown))) return;
  // The first new result takes the focus, to read on from there; when none came, the last one
  // (the button is gone).
  const links = resultLinks();
  if (moreButton.hidden || links.length > before) (links[before] ?? links[links.length - 1] ?? input).focus();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  void run(readQuery(input.value, SYNONYMS), performance.now());
});

const fromAddress = new URLSearchParams(location.search).get(QUERY_PARAM) ?? '';
// On a weak link the box is on screen before this script has come, and a teacher may already be
// typing in it: what the box holds then is theirs, and is what is searched (the box keeps no
// value of its own: autocomplete="off").
const initial = input.value || fromAddress;
input.value = initial;
// Opened to search (the header's "Tìm" on a phone), the page puts the cursor in the box: no second
// tap. Not when the box is already in use, nor when the page reads a search from its address.
if (!initial && document.activeElement === document.body) input.focus();
// Back from a result opened after "Xem thêm kết quả": as many results as then.
void run(readQuery(initial, SYNONYMS), performance.now(), initial && initial === fromAddress ? askedInHistory() : RESULTS_PAGE).then((shownHere) => {
  // Back from a result: the focus on it again, unless the teacher has started on something else meanwhile.
  const state = history.state as ListState | null;
  const back = state?.followed;
  if (!shownHere || !initial || initial !== fromAddress || typeof back !== 'number' || document.activeElement !== document.body) return;
  resultLinks()[back]?.focus();
  // Used once: a reload, or coming Back again from elsewhere, starts at the top.
  try {
    history.replaceState({ ...state, followed: undefined } satisfies ListState, '');
  } catch {
    // A file:// address's state may be read-only; nothing is lost.
  }
});
// Without a query, the index is read once the page is painted, while the teacher types: the
// first search then finds it ready, and the page shows without waiting for it (reading the
// compact index takes ~40 ms here, more on a phone). A failure is reported by the search that
// needs it (run), not here.
if (queryState(initial) !== 'ok') requestAnimationFrame(() => window.setTimeout(() => getBackend().catch(() => undefined)));
