/**
 * Text size (A− / A+) and light or dark theme, remembered between pages and visits
 * (localStorage works from file:// too).
 */
import { parsePrefs, stepSize, type ReadingPrefs } from '../site/reading-prefs';
import { READING_PREFS_KEY } from '../site/routes';
import { readStored, writeStored } from './local-storage';

const root = document.documentElement;

/** The reader's choices (the defaults where storage is refused). */
const load = (): ReadingPrefs => parsePrefs(readStored(READING_PREFS_KEY));
/** Remembered where storage allows; applied to this page either way. */
const save = (prefs: ReadingPrefs) => writeStored(READING_PREFS_KEY, JSON.stringify(prefs));

function apply(prefs: ReadingPrefs): void {
  root.style.fontSize = prefs.size === 100 ? '' : `${prefs.size}%`;
  root.dataset.theme = prefs.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  document.querySelector('[data-theme-toggle]')?.setAttribute('aria-pressed', String(root.dataset.theme === 'dark'));
  // At the largest size A+ can do no more, nor A− at the smallest: the button says so.
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-size]')) {
    button.setAttribute('aria-disabled', String(stepSize(prefs.size, button.dataset.size === 'up' ? 1 : -1) === prefs.size));
  }
}

/** Runs in <head>, before the page is drawn: no flash of the wrong theme or size. */
export function applyStoredPrefs(): void {
  root.classList.add('js');
  apply(load());
}

/** Runs once the header exists: the buttons, and the choices made in another tab. */
export function wireReadingControls(): void {
  apply(load());
  document.querySelector('[data-reading-controls]')?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const prefs = load();
    if (button.dataset.size) prefs.size = stepSize(prefs.size, button.dataset.size === 'up' ? 1 : -1);
    if (button.hasAttribute('data-theme-toggle')) prefs.theme = root.dataset.theme === 'dark' ? 'light' : 'dark';
    save(prefs);
    apply(prefs);
  });
  window.addEventListener('storage', (event) => {
    if (event.key === READING_PREFS_KEY) apply(load());
  });
}
