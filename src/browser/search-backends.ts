/**
 * The search index behind the search page (P3), whichever the build wrote for this site
 * (src/search/build/write-indexes.ts): both hold the same records (every paragraph of the site)
 * and rank them with the same rules (src/search/rank.ts), and both are classic scripts, so one
 * index serves http and file:// alike:
 * - compact: dist/search-index.js, the whole index in one request, searched in the page
 *   (compact-backend.ts);
 * - sharded: dist/search-parts/, for a larger site; a query loads only the parts it needs
 *   (sharded-backend.ts).
 * Each has a search script of its own (search-page-compact.ts, search-page-sharded.ts), which
 * carries only its engine: a small site's search page does not load the large site's engine.
 */
import type { SearchQuery } from '../search/query';
import type { SearchOutcome, SearchResult } from '../search/types';

export interface Backend {
  name: 'compact' | 'sharded';
  /** The best `limit` results, and whether there are more; `early` may get the first ones before the rest have arrived. */
  search(query: SearchQuery, limit: number, early?: (first: SearchResult[]) => void): Promise<SearchOutcome>;
  /** Called as the teacher types, before the search runs: a chance to start loading what it will need. */
  prepare?(query: SearchQuery): void;
}

let open: (() => Promise<Backend>) | undefined;
/** Says which backend this page's search script carries: called by that backend's module, as the script starts; a script carries one. */
export function useBackend(opener: () => Promise<Backend>): void {
  if (open && open !== opener) throw new Error('a search script carries one backend (search-page-compact.ts, search-page-sharded.ts)');
  open = opener;
}

let backend: Promise<Backend> | undefined;
export function getBackend(): Promise<Backend> {
  if (!open) return Promise.reject(new Error('the search script carries no backend (search-page-compact.ts, search-page-sharded.ts)'));
  backend ??= open().catch((error: unknown) => {
    // Nothing loaded (the connection dropped): the next search tries again.
    backend = undefined;
    throw error;
  });
  return backend;
}
