/**
 * On the search page of a site with the sharded index, before the page's own script: asks for
 * the parts of the index that the query in the address (?q=) needs as soon as the page is parsed,
 * while the larger search script is still on its way (on a weak link, a round trip sooner).
 * The search page's engine takes them from there (search-parts.ts).
 */
import { parseQuery } from '../search/query';
import { partsFor, type ShardDirectory } from '../search/sharded-index';
import { GLOBALS, QUERY_PARAM } from '../site/routes';
import { startPart } from './search-parts';

const directory = document.getElementById(GLOBALS.searchDirectoryId)?.textContent;
const query = new URLSearchParams(location.search).get(QUERY_PARAM);
if (directory && query) {
  const parts = JSON.parse(directory) as ShardDirectory;
  for (const name of partsFor(parseQuery(query), parts)) startPart(name, parts).catch(() => undefined);
}
