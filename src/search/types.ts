/**
 * What both search paths work with. The unit of search is a record: one paragraph, list item,
 * heading or table row of an indexed page, with the page's title and the heading it stands
 * under. Results are pages, each pointing at its best record (the paragraph where the words are).
 */
import type { SearchQuery } from './query';

/** One indexed page, by its site path. */
export interface SearchPageInfo {
  url: string;
  title: string;
}

/** One paragraph (or list item, heading, table row) of an indexed page. */
export interface SearchRecord {
  /** Index of its page in the site's pages. */
  page: number;
  /** The id to link to: its own, or the nearest heading's above it ('' for the top of the page). */
  anchor: string;
  /** The heading it stands under ('' before the first heading). */
  heading: string;
  text: string;
  /** True for a line that opens with a link to another page (a row of a list of documents): it counts less. */
  reference?: boolean;
}

/** The indexed text of a whole site: what the build writes, what both engines read. */
export interface SearchSite {
  pages: SearchPageInfo[];
  records: SearchRecord[];
}

/** What both search paths return for one page. */
export interface SearchResult {
  /** Site path with the record's fragment: "a-ii-2.html#a-ii-2-p4". */
  url: string;
  pageTitle: string;
  heading: string;
  /** The record's text, cut around the query's words when long. */
  excerpt: string;
  score: number;
}

/**
 * How many results a search shows at first, and how many more each "Xem thêm kết quả" adds:
 * a page of results, the same on both paths.
 */
export const RESULTS_PAGE = 10;

/** A search's results, up to the number asked for; `more` when it found more pages than that. */
export interface SearchOutcome {
  results: SearchResult[];
  more: boolean;
  /** The best page's score, when any page matched: known even when no result was asked for (limit 0). */
  best?: number;
  /**
   * When pages matched: the words typed with marks (indexes into the query's terms) that no page
   * has as typed, so that the pages have them only spelled otherwise ("đày tớ": "đây", "tổ").
   */
  notAsTyped?: number[];
}

export interface SearchEngine {
  search(query: SearchQuery, limit?: number): SearchOutcome;
}
