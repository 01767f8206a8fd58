/**
 * A site too large for the compact index (tools/synthetic-site.ts: pages of the outline's own
 * sentences), built with the sharded index, and the results the compact engine gives on the
 * same records, to compare each browser's search with.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSearchSite } from '../../src/search/build/write-indexes';
import { createCompactEngine } from '../../src/search/compact-engine';
import { packSearchIndex } from '../../src/search/compact-index';
import { addLooser, type Search } from '../../src/search/looser-search';
import { readQuery } from '../../src/search/query';
import { mergeSpellings } from '../../src/search/results';
import { RESULTS_PAGE } from '../../src/search/types';
import { GLOBALS, PAGES } from '../../src/site/routes';
import { EVERYDAY_QUERIES } from '../../tools/harness/everyday-queries';
import { TEACHER_QUERIES } from '../../tools/harness/teacher-queries';

/** Everyday phrases and teacher queries, to ask a large site. */
export const LARGE_SITE_QUERIES = [...EVERYDAY_QUERIES.map(([q]) => q), ...TEACHER_QUERIES.slice(0, 20).map(([q]) => q)];

/** Without the words the link carries (?hl=): the page and the paragraph. */
export const target = (href: string) => href.replace(/\?[^#]*/, '');

/**
 * The first ten links (page and paragraph) the compact engine gives for each query on the site
 * in `dir`, merged with the glossary's spellings as the search page does, then, when nothing has
 * every word typed or a phrase found few, with its looser searches (looser-search.ts, addLooser),
 * as the search page does. (The search page then puts a document named by its number first,
 * documentPageFirst: the same on both paths, so not repeated here.)
 */
export async function compactResults(dir: string, queries: string[]): Promise<string[][]> {
  const links: string[][] = [];
  for (const q of queries) links.push((await compactSearch(dir, q)).links);
  return links;
}

/** The links of compactResults for one query, and how many of them, first, hold every word typed (the others come from the looser searches). */
export async function compactSearch(dir: string, q: string): Promise<{ links: string[]; whole: number }> {
  const html = readFileSync(join(dir, PAGES.search), 'utf8');
  const synonyms = JSON.parse(html.match(new RegExp(`id="${GLOBALS.synonymsId}">([^<]*)<`))![1]);
  const compact = compactEngines.get(dir) ?? createCompactEngine(packSearchIndex(readSearchSite(dir)));
  compactEngines.set(dir, compact);
  const search: Search = (query, limit) => compact.search(query, limit);
  const { spellings } = readQuery(q, synonyms);
  const outcomes = spellings.map((spelling) => compact.search(spelling, RESULTS_PAGE));
  const whole = mergeSpellings(outcomes, RESULTS_PAGE);
  const looser = await addLooser(search, spellings[0], whole, RESULTS_PAGE);
  const found = looser?.merged ?? whole;
  return { links: found.results.map((r) => r.url), whole: looser ? looser.whole : found.results.length };
}

/** One compact engine per site read (reading a site's records is the slow part). */
const compactEngines = new Map<string, ReturnType<typeof createCompactEngine>>();
