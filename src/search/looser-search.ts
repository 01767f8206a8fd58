/**
 * When nothing holds every word typed, or too few pages hold every word of a phrase: the looser
 * searches (query.ts, looserQueries) run round by round on whichever index the site has, until
 * the pages found are enough. Shared by the search page and the tests that compare a large
 * site's results with the compact engine's.
 */
import { droppableWords, looserQueries, type SearchQuery } from './query';
import { mergeResultLists } from './results';
import type { SearchOutcome, SearchResult } from './types';

/** A search on the site's index: the best `limit` results (0: none, only whether anything matches and the best score). */
export type Search = (query: SearchQuery, limit: number) => Promise<SearchOutcome> | SearchOutcome;

/** A list of results made of several searches' (mergeResultLists). */
export type Merged = ReturnType<typeof mergeResultLists>;

/** The looser searches stop after the round that brings the pages found to this many (a phone's first screen or so). */
export const LOOSER_ENOUGH = 3;

/** A query with at least this many words to find (not very common ones) is a phrase: when fewer than LOOSER_ENOUGH pages hold them all, the looser searches add theirs. */
export const PHRASE_WORDS = 3;

/** What the looser searches add to a search: its list (the whole results first), the searches run, and how many of the list have every word typed. */
export interface Loosened {
  merged: Merged;
  outcomes: SearchOutcome[];
  /** The words typed that no page holds, as typed. */
  absent: string[];
  /** How many results, first in `merged`, hold every word typed or of one of its other spellings (the search's own: results.ts, mergeSpellings). */
  whole: number;
}

/**
 * The looser searches after a search whose list (all its spellings: results.ts, mergeSpellings)
 * is `whole`, when it needs them: nothing holds every word typed, or a phrase ("cải cách hành
 * chính trong trường học": one passage says it all) found fewer than LOOSER_ENOUGH pages, which
 * leaves a teacher with a nearly empty screen while the outline has many passages on most of
 * its words. The pages found in part come after the whole ones. Undefined when the search found
 * enough, or a short query found some ("một cửa" is not followed by every "cửa"), or a phrase in
 * quotation marks did (the teacher asked for those words together, and only them).
 */
export async function addLooser(
  search: Search,
  typed: SearchQuery,
  whole: Merged,
  limit: number,
  stale: () => boolean = () => false,
): Promise<Loosened | undefined> {
  const count = whole.results.length;
  const phrase = droppableWords(typed).length >= PHRASE_WORDS && typed.phrases.length === 0;
  if (count >= LOOSER_ENOUGH || (count > 0 && !phrase)) return undefined;
  const { outcomes, merged, absent } = await searchLooser(search, typed, limit, stale, whole.results);
  return { outcomes, merged: { results: merged.results, leftOut: merged.leftOut || whole.leftOut }, absent, whole: count };
}

/**
 * The looser searches for `typed`, up to `limit` results: their outcomes, their pages (the
 * earlier rounds' first), and the words typed that no page holds (named as typed; not the words
 * that ask, which no page holds either). `stale` says when a later search has taken this one's
 * place: then nothing more is loaded or scanned. `have`: the results already found, which stay
 * first and count towards enough.
 */
export async function searchLooser(
  search: Search,
  typed: SearchQuery,
  limit: number,
  stale: () => boolean = () => false,
  have: SearchResult[] = [],
): Promise<{ outcomes: SearchOutcome[]; merged: Merged; absent: string[] }> {
  const missing = await absentWords(search, typed);
  const outcomes: SearchOutcome[] = [];
  let merged: Merged = { results: have.slice(0, limit), leftOut: have.length > limit };
  for (const round of looserQueries(typed, undefined, new Set(missing.map(({ key }) => key)))) {
    // Each round a task of its own: on a phone a sentence's rounds take a fifth of a second in
    // all, and a key pressed meanwhile must not wait for them.
    await nextTask();
    if (stale()) break;
    // Each asked first whether anything matches (no page loaded); then those that do are
    // searched one at a time, the best first, until a page of results is full (a weak link
    // loads the pages each one shows; the best one alone mostly fills it).
    const probes = await Promise.all(round.map((looser) => search(looser, 0)));
    const matching = round
      .map((looser, i) => ({ looser, best: probes[i].best ?? 0 }))
      .filter(({ best }) => best > 0)
      .sort((a, b) => b.best - a.best);
    for (const { looser } of matching) {
      if (stale() || merged.results.length >= limit) break;
      const outcome = await search(looser, limit);
      outcomes.push(outcome);
      // A round's pages come after the earlier rounds' (they have fewer of the words typed).
      const next = mergeResultLists(merged.results, [outcome.results], limit - merged.results.length);
      merged = { results: next.results, leftOut: merged.leftOut || next.leftOut };
    }
    if (merged.results.length >= LOOSER_ENOUGH) break;
  }
  // Named as typed. A word that asks ("gì") is never among them (droppableWords asks only for
  // the words a record needs): that no page asks is not news to the teacher.
  const absent = missing.map(({ word }) => word);
  return { outcomes, merged, absent };
}

/** Lets the page handle what is waiting (a key pressed) before going on. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The words typed that no page holds ("xyzzy" of "xyzzy chữ ký số": a word mistyped), each
 * asked alone for no result (limit 0: no page is loaded, and the sharded index's word parts are
 * those the query itself loaded).
 */
async function absentWords(search: Search, typed: SearchQuery): Promise<Array<{ word: string; key: string }>> {
  const words = droppableWords(typed);
  const found = await Promise.all(words.map(({ alone }) => search(alone, 0)));
  // `key`: as spelled for search ("khoẻ" for "khỏe"), as looserQueries compares words.
  return words.filter((_, i) => !found[i].more).map(({ word, alone }) => ({ word, key: alone.terms[0].exact }));
}
