/**
 * The compact index's backend (search-backends.ts): dist/search-index.js, which the search page
 * loads itself (a <script> before its search script), searched whole in the page.
 */
import { createCompactEngine } from '../search/compact-engine';
import type { PackedSearchIndex } from '../search/compact-index';
import { FILES, GLOBALS } from '../site/routes';
import { useBackend } from './search-backends';
import { loadClassicScript } from './search-parts';

declare global {
  interface Window {
    [GLOBALS.compactIndex]?: PackedSearchIndex;
  }
}

useBackend(async () => {
  // Loaded again only when the page's own <script> failed (the connection dropped).
  if (!window[GLOBALS.compactIndex]) await loadClassicScript(FILES.searchIndex);
  const packed = window[GLOBALS.compactIndex];
  if (!packed) throw new Error(`${FILES.searchIndex} holds no index`);
  const engine = createCompactEngine(packed);
  return { name: 'compact', search: async (query, limit) => engine.search(query, limit) };
});
