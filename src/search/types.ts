/** What both search paths work with: the indexed pages, and the results they return. */
import type { SearchQuery } from './query';

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

/**
 * How many results a search shows at first, and how many more each "Xem thêm kết quả" adds:
 * a page of results, the same on both paths. Over http each result costs Pagefind a request
 * for the page's text, so the first page is kept short (see src/browser/search-page.ts).
 */
export const RESULTS_PAGE = 10;

/** A search's results, up to the number asked for; `more` when it found more pages than that. */
export interface SearchOutcome {
  results: SearchResult[];
  more: boolean;
}

export interface SearchEngine {
  search(query: SearchQuery, limit?: number): SearchOutcome;
}
