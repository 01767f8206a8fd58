/**
 * The script in <head> of every page but the slides, which have their own (classic: runs from
 * file://). Before the first paint it applies the reader's text size and theme, and says whether
 * the address carries a search; then it wires the header's buttons and the search shortcut, and
 * keeps the outline menu open on wide screens in browsers whose CSS cannot (no
 * ::details-content). Reading a page never needs it.
 */
import { applyStoredPrefs, wireReadingControls } from './reading-controls';
import { wirePageTools } from './page-tools';
import { wireSearchShortcut } from './search-shortcut';
import { showSearchInAddress } from './search-in-address';
import { setUpServiceWorker } from './service-worker-setup';

applyStoredPrefs();
showSearchInAddress();
wireSearchShortcut();
setUpServiceWorker();
function wirePage(): void {
  wireReadingControls();
  const menu = document.getElementById('outline-menu') as HTMLDetailsElement | null;
  if (menu && matchMedia('(min-width: 64em)').matches) menu.open = true;
  // The in-page contents stand open beside the text where there is room for them.
  if (matchMedia('(min-width: 90em)').matches) document.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]').forEach((d) => (d.open = true));
  wirePageTools();
}
// Loaded late (the error page loads it itself once it knows where it is), it wires the page at once.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wirePage);
else wirePage();
