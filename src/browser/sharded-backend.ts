/**
 * The sharded index's backend (search-backends.ts): its directory is written into the search
 * page at build time; a query loads only the parts of dist/search-parts/ it needs, each once
 * (search-parts.ts), some perhaps already asked for by search-preload.ts.
 */
import { createShardedEngine } from '../search/sharded-engine';
import type { ShardDirectory, ShardPage } from '../search/sharded-index';
import { GLOBALS } from '../site/routes';
import { useBackend } from './search-backends';
import { takePart } from './search-parts';

useBackend(async () => {
  const written = document.getElementById(GLOBALS.searchDirectoryId)?.textContent;
  if (!written) throw new Error(`the search page has no #${GLOBALS.searchDirectoryId}`);
  const directory = JSON.parse(written) as ShardDirectory;
  const engine = createShardedEngine(directory, {
    words: async (name) => (await takePart(name, directory)) as string,
    page: async (name) => (await takePart(name, directory)) as ShardPage,
  });
  return { name: 'sharded', search: (query, limit, early) => engine.search(query, limit, early), prepare: (query) => engine.prepare(query) };
});
