/**
 * The script in <head> of every page but the slides (trinh-chieu.html has its own) (classic: runs from file://). It applies the
 * reader's text size and theme before the first paint, then wires the header's buttons and
 * the search shortcut, and keeps the outline menu open on wide screens in browsers whose CSS
 * cannot (no ::details-content). Reading a page never needs it.
 */
import { applyStoredPrefs, wireReadingControls } from './reading-controls';
import { wirePageTools } from './page-tools';
import { wireSearchShortcut } from './search-shortcut';
import { setUpOfflineCopy } from './offline-copy';

applyStoredPrefs();
wireSearchShortcut();
setUpOfflineCopy();
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
