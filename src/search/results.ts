/** Turning scored records into the results a search shows, alike on every path. */
import { excerptAround } from './excerpt';
import type { SearchQuery } from './query';
import { fromOtherRecords } from './best-first';
import { SCORE_FLOOR_OF_BEST } from './rank';
import type { SearchOutcome, SearchRecord, SearchResult } from './types';

/** A record that matched, with its page's URL (the unit results are grouped by). */
export interface ScoredRecord<R = number> {
  record: R;
  url: string;
  score: number;
  /** How many records of its page match with a word that is not very common, when not every one was scored (best-first.ts); else the page's records given are counted. */
  matchesOnPage?: number;
  /** The record holds the query's words only as very common words: it adds nothing to its page (rank.ts, rule 7). */
  common?: boolean;
}

/**
 * One entry per page, best first: the page's best record, scored a little higher for each other
 * record of the page that matches with a word that is not very common (fromOtherRecords). Equal
 * scores by URL, so every path orders ties alike. A page under SCORE_FLOOR_OF_BEST of the best
 * page's score is left out (rank.ts, rule 7).
 */
export function rankPages<R>(scored: Array<ScoredRecord<R>>): Array<ScoredRecord<R>> {
  const best = new Map<string, { top: ScoredRecord<R>; counted: number }>();
  for (const hit of scored) {
    const counts = hit.common ? 0 : 1;
    const page = best.get(hit.url);
    if (!page) best.set(hit.url, { top: hit, counted: counts });
    else {
      page.counted += counts;
      if (hit.score > page.top.score) page.top = hit;
    }
  }
  const pages = sortResults([...best.values()].map(({ top, counted }) => ({ ...top, score: top.score + fromOtherRecords(top.matchesOnPage ?? counted) })));
  const floor = (pages[0]?.score ?? 0) * SCORE_FLOOR_OF_BEST;
  return pages.filter((page) => page.score >= floor);
}

/** Best first; equal scores by URL. */
function sortResults<T extends { score: number; url: string }>(results: T[]): T[] {
  return [...results].sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The result for a page: a link to its record, the record as the excerpt. */
export function toResult(url: string, pageTitle: string, record: SearchRecord, query: SearchQuery, score: number): SearchResult {
  return {
    url: record.anchor ? `${url}#${record.anchor}` : url,
    pageTitle,
    heading: record.heading,
    excerpt: excerptAround(record.text || record.heading, query),
    score,
  };
}

/** The page a result is on (its URL without the fragment). */
export const pageOf = (result: SearchResult) => result.url.replace(/#.*$/, '');

/**
 * One list from the results of a query and of its other spellings (see synonyms.ts): the
 * query's own results first, as ranked; then, up to `extra` more, the pages only the other
 * spellings found, best first. So "CCHC" keeps its own passages on top and still shows the ones
 * that say "cải cách hành chính". `leftOut`: some page found did not fit (there is more to show).
 * With `ownFirst` false, the other spellings' pages come first: the query's own words were found
 * only spelled otherwise ("hiệu trưởng" as "hiệu … trường"), its other spelling as meant.
 */
export function mergeResultLists(own: SearchResult[], others: SearchResult[][], extra: number, ownFirst = true): { results: SearchResult[]; leftOut: boolean } {
  const seen = new Set(ownFirst ? own.map(pageOf) : []);
  const best = new Map<string, SearchResult>();
  for (const result of others.flat()) {
    const page = pageOf(result);
    if (seen.has(page)) continue;
    const known = best.get(page);
    if (!known || result.score > known.score) best.set(page, result);
  }
  const added = sortResults([...best.values()]).slice(0, extra);
  // The pages the other spellings found, as they found them, then the query's own others.
  const first = new Set(added.map(pageOf));
  const results = ownFirst ? [...own, ...added] : [...added, ...own.filter((result) => !first.has(pageOf(result)))];
  const shown = new Set(results.map(pageOf));
  return { results, leftOut: [...best.keys()].some((page) => !shown.has(page)) };
}

/**
 * One list from the outcomes of a query (first) and of its other spellings, as the search page
 * shows them (mergeResultLists): the query's own results first, unless what it typed with marks
 * was found only spelled otherwise while another spelling found pages with its words as spelled
 * ("hiệu trưởng": no page says "trưởng"; its spoken name "người đứng đầu" stands in B.I.3). When
 * every spelling has a word found only spelled otherwise ("cchc đày"), what was typed stays first.
 */
export function mergeSpellings([own, ...others]: SearchOutcome[], extra: number): ReturnType<typeof mergeResultLists> {
  const asMeant = others.some((outcome) => outcome.results.length > 0 && !outcome.notAsTyped?.length);
  const ownFirst = !(own?.notAsTyped?.length && asMeant);
  return mergeResultLists(own?.results ?? [], others.map((outcome) => outcome.results), extra, ownFirst);
}

/**
 * The list after "Xem thêm kết quả": the results already shown stay where they are, and the
 * pages the longer search adds come after them, best first.
 */
export function appendNewResults(shown: SearchResult[], fresh: SearchResult[]): SearchResult[] {
  const seen = new Set(shown.map(pageOf));
  return [...shown, ...fresh.filter((result) => !seen.has(pageOf(result)))];
}

/**
 * The results with the page `page` first, linked to its title (its id, `top`) rather than to a
 * paragraph: a query that names a document by its number goes to that document's page, where its
 * title, number, date and status stand (document-numbers.ts, documentNamedBy). Unchanged when
 * no result is that page (the search found it nowhere: it is not made up).
 */
export function documentPageFirst(results: SearchResult[], page: string, top: string): SearchResult[] {
  const at = results.findIndex((result) => pageOf(result) === page);
  if (at < 0) return results;
  return [atTop(results[at], `${page}#${top}`), ...results.slice(0, at), ...results.slice(at + 1)];
}

/** One result moved to a page's top, made once: the page keeps the item it shows (a finger or the focus on it). */
const movedResults = new WeakMap<SearchResult, SearchResult>();
function atTop(result: SearchResult, url: string): SearchResult {
  let moved = movedResults.get(result);
  if (moved?.url !== url) movedResults.set(result, (moved = { ...result, url }));
  return moved;
}
