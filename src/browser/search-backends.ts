/**
 * The search index behind the search page (P3), whichever the build wrote for this site
 * (src/search/build/write-indexes.ts): both hold the same records (every paragraph of the site)
 * and rank them with the same rules (src/search/rank.ts), and both are classic scripts, so one
 * index serves http and file:// alike:
 * - compact: dist/search-index.js, the whole index in one request, searched in the page;
 * - sharded: dist/search-parts/, for a larger site; a query loads only the parts it needs.
 */
import { createSearchEngine } from '../search/compact-engine';
import type { PackedSearchIndex } from '../search/compact-index';
import type { SearchQuery } from '../search/query';
import { createShardedEngine } from '../search/sharded-engine';
import type { ShardDirectory, ShardPage } from '../search/sharded-index';
import type { SearchOutcome, SearchResult } from '../search/types';
import { FILES, GLOBALS } from '../site/routes';
import { loadClassicScript, takePart } from './search-parts';

declare global {
  interface Window {
    [GLOBALS.offlineIndex]?: PackedSearchIndex;
  }
}

export interface Backend {
  name: 'compact' | 'sharded';
  /** The best `limit` results, and whether there are more; `early` may get the first ones before the rest have arrived. */
  search(query: SearchQuery, limit: number, early?: (first: SearchResult[]) => void): Promise<SearchOutcome>;
  /** Called as the teacher types, before the search runs: a chance to start loading what it will need. */
  prepare?(query: SearchQuery): void;
}

async function compactBackend(): Promise<Backend> {
  // The search page loads it itself (a <script> before this one).
  if (!window[GLOBALS.offlineIndex]) await loadClassicScript(FILES.searchIndex);
  const packed = window[GLOBALS.offlineIndex];
  if (!packed) throw new Error(`${FILES.searchIndex} holds no index`);
  const engine = createSearchEngine(packed);
  return { name: 'compact', search: async (query, limit) => engine.search(query, limit) };
}

function shardedBackend(directory: ShardDirectory): Backend {
  const engine = createShardedEngine(directory, {
    words: async (name) => (await takePart(name, directory)) as string,
    page: async (name) => (await takePart(name, directory)) as ShardPage,
  });
  return { name: 'sharded', search: (query, limit, early) => engine.search(query, limit, early), prepare: (query) => engine.prepare(query) };
}

let backend: Promise<Backend> | undefined;
export function getBackend(): Promise<Backend> {
  const directory = document.getElementById(GLOBALS.searchDirectoryId)?.textContent;
  backend ??= (directory ? Promise.resolve(shardedBackend(JSON.parse(directory) as ShardDirectory)) : compactBackend()).catch((error: unknown) => {
    // Nothing loaded (the connection dropped): the next search tries again.
    backend = undefined;
    throw error;
  });
  return backend;
}
