/**
 * A search opened with its words in the address (tim-kiem.html?q=…: a shared link, Back from a
 * result), seen from <head> (page-setup.ts), before the page is drawn. On a weak link the search
 * page is on screen a second or two before its own script has come, so:
 * - the words are in the box as soon as the box is parsed, not only once that script has come;
 * - `search-in-address` on <html> leaves out the page's typing hint on a phone from the first
 *   paint (search-page.css), rather than when the results come, which would move them up under
 *   the reader's finger. The search page takes it away once the teacher types.
 */
import { QUERY_PARAM } from '../site/routes';

export const SEARCH_IN_ADDRESS_CLASS = 'search-in-address';

export function showSearchInAddress(): void {
  const words = new URLSearchParams(location.search).get(QUERY_PARAM);
  if (!words?.trim()) return;
  document.documentElement.classList.add(SEARCH_IN_ADDRESS_CLASS);
  // The search page's own box (the header's box is left alone on every other page).
  const fill = (): boolean => {
    const box = document.querySelector<HTMLInputElement>(`[data-search-form] input[name="${QUERY_PARAM}"]`);
    if (!box) return false;
    // Typed in already (the box can take a finger as soon as it is drawn): the teacher's words stay.
    if (box.value === '') box.value = words;
    return true;
  };
  const watching = new MutationObserver(() => fill() && watching.disconnect());
  watching.observe(document.documentElement, { childList: true, subtree: true });
  // The page parsed without such a box: nothing to watch for.
  document.addEventListener('DOMContentLoaded', () => watching.disconnect(), { once: true });
}
