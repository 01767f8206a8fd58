/**
 * The one script of every page, inline in <head> (classic: runs from file://). It applies the
 * reader's text size and theme before the first paint, then wires the header's buttons and
 * the search shortcut. Reading a page never needs it.
 */
import { applyStoredPrefs, wireReadingControls } from './reading-controls';
import { wireSearchShortcut } from './search-shortcut';

applyStoredPrefs();
wireSearchShortcut();
document.addEventListener('DOMContentLoaded', wireReadingControls);
