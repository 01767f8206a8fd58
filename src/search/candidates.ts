/** Which of Pagefind's pages the http path reads first. */

/**
 * Pagefind's pages for the spellings of one query, best first by Pagefind's own score, each
 * page once (a page found by two spellings keeps its better score). Equal scores keep the
 * order in which the pages were first found. Each page read costs a request for its text
 * (about 5 ms each in Chromium on a small machine), so the search page reads them from the
 * top, a few at a time.
 */
export function rankCandidates<T extends { id: string; score: number }>(lists: T[][]): T[] {
  const best = new Map<string, T>();
  for (const list of lists) {
    for (const hit of list) {
      const known = best.get(hit.id);
      if (!known || hit.score > known.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
