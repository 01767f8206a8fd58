/**
 * The offline search engine: runs in the page from file:// (where Pagefind cannot load)
 * over the index that the build writes as a classic script. Same query reading and the
 * same ranking as the http path (search-query.ts, search-rank.ts).
 */
import { foldVietnamese } from './fold-vietnamese';
import type { SearchQuery } from './search-query';
import { coverage, excerptAround, rankWords, scoreWords, type RankWords } from './search-rank';

/** One part of a page: the text under one heading (id "" for the text before the first heading). */
export interface SearchSegment {
  id: string;
  heading: string;
  text: string;
}

/** One indexed page, by its site path. */
export interface SearchPage {
  url: string;
  title: string;
  segments: SearchSegment[];
}

/** What both search paths return for one page. */
export interface SearchResult {
  /** Site path with the heading's fragment: "a-i-3.html#h-a-i-3". */
  url: string;
  pageTitle: string;
  heading: string;
  excerpt: string;
  score: number;
}

/** The text Pagefind calls a page's content: every heading and paragraph, in order. */
export function pageContent(page: SearchPage): string {
  return page.segments.map((s) => `${s.heading} ${s.text}`.trim()).join(' ');
}

interface PreparedPage {
  page: SearchPage;
  folded: string;
  titleWords?: RankWords;
  bodyWords?: RankWords;
}

export interface SearchEngine {
  search(query: SearchQuery, limit?: number): SearchResult[];
}

export function createSearchEngine(pages: SearchPage[]): SearchEngine {
  const prepared: PreparedPage[] = pages.map((page) => ({ page, folded: foldVietnamese(`${page.title} ${pageContent(page)}`) }));
  return {
    search(query, limit = 20) {
      if (query.terms.length === 0) return [];
      const scored: Array<{ page: SearchPage; score: number; url: string }> = [];
      for (const entry of prepared) {
        // Cheap test first: every folded term must occur somewhere in the folded text.
        if (!query.terms.every((t) => entry.folded.includes(t.folded))) continue;
        entry.titleWords ??= rankWords(entry.page.title);
        entry.bodyWords ??= rankWords(pageContent(entry.page));
        const score = scoreWords(entry.titleWords, entry.bodyWords, query);
        if (score > 0) scored.push({ page: entry.page, score, url: entry.page.url });
      }
      // Only the results shown need their best heading and excerpt.
      return sortResults(scored)
        .slice(0, limit)
        .map(({ page, score }) => bestPart(page, query, score));
    },
  };
}

/** Best first; equal scores by URL, so that both search paths order ties alike. */
export function sortResults<T extends { score: number; url: string }>(results: T[]): T[] {
  return [...results].sort((a, b) => b.score - a.score || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/** The result for a matching page: it points to the heading whose part covers the query best. */
export function bestPart(page: SearchPage, query: SearchQuery, score: number): SearchResult {
  let best = page.segments[0];
  let bestCoverage = { terms: -1, hits: -1 };
  for (const segment of page.segments) {
    const c = coverage(rankWords(`${segment.heading} ${segment.text}`), query);
    if (c.terms > bestCoverage.terms || (c.terms === bestCoverage.terms && c.hits > bestCoverage.hits)) {
      best = segment;
      bestCoverage = c;
    }
  }
  const text = best?.text || best?.heading || '';
  return {
    url: best?.id ? `${page.url}#${best.id}` : page.url,
    pageTitle: page.title,
    heading: best?.heading ?? '',
    excerpt: excerptAround(text, query),
    score,
  };
}
