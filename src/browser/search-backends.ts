/**
 * The search index behind the search page (P3), whichever the build wrote for this site
 * (src/search/build/write-indexes.ts): both hold the same records (every paragraph of the site)
 * and rank them with the same rules (src/search/rank.ts), and both are classic scripts, so one
 * index serves http and file:// alike:
 * - compact: dist/search-index.js, the whole index in one request, searched in the page;
 * - sharded: dist/search-parts/, for a larger site; a query loads only the parts it needs.
 */
import { createSearchEngine } from '../search/engine';
import type { PackedSearchIndex } from '../search/index-format';
import type { SearchQuery } from '../search/query';
import { createShardedEngine } from '../search/sharded-engine';
import type { ShardDirectory, ShardPage } from '../search/sharded-index';
import type { SearchOutcome } from '../search/types';
import { FILES, GLOBALS } from '../site/routes';

declare global {
  interface Window {
    [GLOBALS.offlineIndex]?: PackedSearchIndex;
    [GLOBALS.searchParts]?: Record<string, string | ShardPage>;
  }
}

export interface Backend {
  name: 'compact' | 'sharded';
  /** The best `limit` results, and whether there are more. */
  search(query: SearchQuery, limit: number): Promise<SearchOutcome>;
  /** Called as the teacher types, before the search runs: a chance to start loading what it will need. */
  prepare?(query: SearchQuery): void;
}

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`cannot load ${src}`));
    };
    document.head.append(script);
  });
}

async function compactBackend(): Promise<Backend> {
  // The search page loads it itself (a <script> before this one).
  if (!window[GLOBALS.offlineIndex]) await loadClassicScript(FILES.searchIndex);
  const packed = window[GLOBALS.offlineIndex];
  if (!packed) throw new Error(`${FILES.searchIndex} holds no index`);
  const engine = createSearchEngine(packed);
  // For `npm run bench`: when the engine was ready, in the page's own timeline.
  performance.mark('search-engine-ready');
  return { name: 'compact', search: async (query, limit) => engine.search(query, limit) };
}

/** A part of the sharded index: its script puts it into window.OUTLINE_SEARCH_PARTS, where it is taken from. */
async function loadPart(name: string): Promise<string | ShardPage> {
  await loadClassicScript(`${FILES.searchPartsDir}/${name}.js`);
  const parts = window[GLOBALS.searchParts];
  const part = parts?.[name];
  if (part === undefined) throw new Error(`${FILES.searchPartsDir}/${name}.js holds no part`);
  delete parts![name];
  return part;
}

function shardedBackend(directory: ShardDirectory): Backend {
  const engine = createShardedEngine(directory, {
    words: async (name) => (await loadPart(name)) as string,
    page: async (name) => (await loadPart(name)) as ShardPage,
  });
  return { name: 'sharded', search: (query, limit) => engine.search(query, limit), prepare: (query) => engine.prepare(query) };
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
