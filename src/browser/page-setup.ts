/**
 * The one script of every page, in <head> (classic: runs from file://). It applies the
 * reader's text size and theme before the first paint, then wires the header's buttons and
 * the search shortcut, and keeps the outline menu open on wide screens in browsers whose CSS
 * cannot (no ::details-content). Reading a page never needs it.
 */
import { applyStoredPrefs, wireReadingControls } from './reading-controls';
import { wireSearchShortcut } from './search-shortcut';
import { setUpOfflineCopy } from './offline-copy';

applyStoredPrefs();
wireSearchShortcut();
setUpOfflineCopy();
function wirePage(): void {
  wireReadingControls();
  const menu = document.getElementById('outline-menu') as HTMLDetailsElement | null;
  if (menu && matchMedia('(min-width: 64em)').matches) menu.open = true;
}
// Loaded late (the error page loads it itself once it knows where it is), it wires the page at once.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wirePage);
else wirePage();
