/**
 * The search script of a site with the compact index (search-backends.ts). Its backend's module
 * comes first: it is in place before the page's script starts its first search.
 */
import './compact-backend';
import './search-page';
