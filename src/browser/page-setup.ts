/**
 * The script in <head> of every page but the slides, which have their own (classic: runs from
 * file://). Before the first paint it applies the reader's text size and theme, and says whether
 * the address carries a search, and loads the word marks of a search result when the page is
 * opened from one; then it wires the header's buttons and the search shortcut, and keeps the
 * outline menu open on wide screens (in browsers whose CSS cannot too: no ::details-content),
 * scrolled to the page being read. Reading a page never needs it.
 */
import { MARKS_PARAM } from '../site/routes';
import { applyStoredPrefs, wireReadingControls } from './reading-controls';
import { wirePageTools } from './page-tools';
import { wireSearchShortcut } from './search-shortcut';
import { showSearchInAddress } from './search-in-address';
import { setUpServiceWorker } from './service-worker-setup';

/**
 * Opened from a search result (?hl=words#paragraph), the page loads the script that marks the
 * words (highlight-search-words.ts, named in this script's data-loads); any other visit does
 * without its bytes.
 */
function loadWordMarks(): void {
  const marks = (document.currentScript as HTMLScriptElement | null)?.dataset.loads;
  if (!marks || !new URLSearchParams(location.search).has(MARKS_PARAM)) return;
  const script = document.createElement('script');
  script.src = marks;
  document.head.append(script);
}

loadWordMarks();
applyStoredPrefs();
showSearchInAddress();
wireSearchShortcut();
setUpServiceWorker();
/** The outline menu on a wide screen, where it stands open beside the text. */
function wireWideMenu(menu: HTMLDetailsElement, wide: MediaQueryList): void {
  menu.open = true;
  // Its heading does not fold it there: closed, it would tell a screen reader "collapsed" of a list still shown.
  menu.addEventListener('toggle', () => {
    if (!menu.open && wide.matches) menu.open = true;
  });
  // The column scrolls on its own: it shows the page being read (a page of Part B or C stands
  // below the first screen), once the stylesheet has made it a column.
  const showCurrent = () => {
    const column = menu.parentElement;
    const current = menu.querySelector('[aria-current="page"]');
    if (!column || !current) return;
    const box = column.getBoundingClientRect();
    const shown = Math.min(box.bottom, innerHeight) - box.top;
    const at = current.getBoundingClientRect();
    if (at.bottom > box.top + shown) column.scrollTop += at.top - box.top - shown / 3;
  };
  if (document.readyState === 'complete') showCurrent();
  else addEventListener('load', showCurrent, { once: true });
}

function wirePage(): void {
  wireReadingControls();
  const menu = document.getElementById('outline-menu') as HTMLDetailsElement | null;
  const wide = matchMedia('(min-width: 64em)');
  if (menu && wide.matches) wireWideMenu(menu, wide);
  // The in-page contents stand open beside the text where there is room for them.
  if (matchMedia('(min-width: 90em)').matches) document.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]').forEach((d) => (d.open = true));
  wirePageTools();
}
// Loaded late (the error page loads it itself once it knows where it is), it wires the page at once.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wirePage);
else wirePage();
