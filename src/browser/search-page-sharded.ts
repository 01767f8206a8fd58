/**
 * The search script of a site with the sharded index (search-backends.ts), which the index
 * writer puts in the page in place of search-page-compact.ts (src/search/build/write-indexes.ts).
 * Its backend's module comes first: it is in place before the page's script starts its first search.
 */
import './sharded-backend';
import './search-page';
