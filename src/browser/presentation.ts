/**
 * The meeting mode (trinh-chieu.html), in <head> (classic: runs from file://). Without it the
 * slides stand one under the other; with it one slide fills the screen and the keys, a
 * presentation clicker (PageUp/PageDown), the buttons, the mouse wheel or a swipe move through them. The URL's
 * fragment follows the slide (the slide's id), so a reload or a shared link stays there.
 */
import { GLOBALS } from '../site/routes';
import { isEscapeKey, moveTo, readKey, readWheel, swipeAction, WHEEL_AT_REST, type DeckAction } from '../site/slide-controls';
import { t } from './embedded-strings';
import { readStored, writeStored } from './local-storage';

const root = document.documentElement;
/** How long after a first Esc a second one leaves the meeting mode. */
const ESC_AGAIN_MS = 3000;
root.classList.add('deck-js');
applyTheme(loadTheme());

/** The look chosen last time (light where storage is refused). */
function loadTheme(): 'light' | 'dark' {
  return readStored(GLOBALS.presentationThemeKey) === 'dark' ? 'dark' : 'light';
}

/** Dark text on light by default (projectors wash out dark backgrounds); the dark look on request. */
function applyTheme(theme: 'light' | 'dark'): void {
  root.dataset.deckTheme = theme;
  document.querySelector('[data-deck="dark"]')?.setAttribute('aria-pressed', String(theme === 'dark'));
}

function toggleTheme(): void {
  const theme = root.dataset.deckTheme === 'dark' ? 'light' : 'dark';
  applyTheme(theme);
  // Remembered where storage allows; applied either way.
  writeStored(GLOBALS.presentationThemeKey, theme);
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else root.requestFullscreen?.().catch(() => undefined);
}

document.addEventListener('DOMContentLoaded', () => {
  const slides = Array.from(document.querySelectorAll<HTMLElement>('.slide'));
  if (slides.length === 0) return;
  const status = document.querySelector<HTMLElement>('[data-deck-status]');
  const goto = document.querySelector<HTMLElement>('[data-deck-goto]');
  const exit = document.querySelector<HTMLAnchorElement>('[data-deck="exit"]');
  const controls = document.querySelector<HTMLElement>('[data-deck-controls]');
  /** The slide's number again beside the buttons, for screens where they cover its footer (presentation.css). */
  const number = document.querySelector<HTMLElement>('[data-deck-number]');
  let current = -1;
  let digits = '';

  const indexOfHash = (): number => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      // A malformed address ("#%") opens on the first slide rather than on none.
    }
    const slide = id ? document.getElementById(id)?.closest<HTMLElement>('.slide') : undefined;
    return slide ? slides.indexOf(slide) : 0;
  };

  const followInUrl = (id: string) => {
    try {
      history.replaceState(history.state, '', `#${id}`);
    } catch {
      location.replace(`#${id}`);
    }
  };

  const show = (index: number, updateUrl = true) => {
    const target = Math.max(0, Math.min(slides.length - 1, index));
    if (target === current) return;
    slides[current]?.classList.remove('is-current');
    current = target;
    const slide = slides[current];
    slide.classList.add('is-current');
    root.dataset.slide = String(current + 1);
    if (updateUrl) followInUrl(slide.id);
    if (number) number.textContent = slide.querySelector('.slide__number')?.textContent ?? '';
    // At either end, the button that would go past it says it does nothing (it keeps its focus and its place).
    document.querySelector('[data-deck="previous"]')?.setAttribute('aria-disabled', String(current === 0));
    document.querySelector('[data-deck="next"]')?.setAttribute('aria-disabled', String(current === slides.length - 1));
    if (status) status.textContent = t('presentation.status', { number: current + 1, total: slides.length, section: slide.dataset.name ?? '' });
    if (exit && slide.dataset.page) exit.href = slide.dataset.page;
    // Slides are cut at build time to fit; should a font set them longer after all, the slide
    // scrolls rather than hiding words.
    const body = slide.querySelector<HTMLElement>('.slide__body');
    body?.classList.toggle('is-overflowing', body.scrollHeight > body.clientHeight + 1);
  };

  /**
   * Esc leaves full screen first (in full screen the browser takes it itself), then closes the
   * keys' help if open; out of both, it says that a second Esc leaves the meeting mode, and a
   * second one within ESC_AGAIN_MS does: a clicker's "slideshow" button sends Esc too, and the
   * meeting must not end on one press.
   */
  let leaveUntil = 0;
  let escapeTimer: number | undefined;
  const escape = () => {
    const help = document.querySelector<HTMLDetailsElement>('details.deck-help[open]');
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else if (help) help.open = false;
    else if (performance.now() < leaveUntil && exit) location.href = exit.href;
    else if (goto) {
      leaveUntil = performance.now() + ESC_AGAIN_MS;
      goto.hidden = false;
      goto.textContent = t('presentation.escAgain');
      if (status) status.textContent = goto.textContent;
      window.clearTimeout(escapeTimer);
      escapeTimer = window.setTimeout(() => {
        leaveUntil = 0;
        if (digits === '') goto.hidden = true;
      }, ESC_AGAIN_MS);
    }
  };

  const act = (action: DeckAction) => {
    if (action === 'fullscreen') toggleFullscreen();
    else if (action === 'escape') escape();
    else if (action === 'dark') toggleTheme();
    else show(moveTo(action, current, slides.length));
  };

  const showDigits = () => {
    if (!goto) return;
    goto.hidden = digits === '';
    goto.textContent = digits ? t('presentation.goTo', { number: digits }) : '';
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    // Enter and Space on a button or link of the page do what that control does.
    const onControl = (event.target as Element | null)?.closest?.('button, a, summary, input, select, textarea');
    if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
    const isEscape = isEscapeKey(event.key);
    // Esc held down repeats: it must not leave as a second press would. Any other key takes back
    // the first Esc, as it takes its words off the screen.
    if (isEscape && event.repeat) return event.preventDefault();
    if (!isEscape) leaveUntil = 0;
    const result = readKey(event.key, event.shiftKey, digits);
    digits = result.digits;
    showDigits();
    if (!result.handled) return;
    event.preventDefault();
    if (result.goTo !== undefined) show(result.goTo - 1);
    else if (result.action) act(result.action);
  });

  controls?.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-deck]');
    if (!button) return;
    act(button.dataset.deck as DeckAction);
    // After a mouse click the keys (and the clicker) move the slides again, not the button.
    if (event.detail > 0) button.blur();
  });

  // The wheel turns the slides, but scrolls a slide whose text is longer than the screen.
  let wheel = WHEEL_AT_REST;
  document.addEventListener('wheel', (event) => {
    if ((event.target as Element | null)?.closest?.('.slide__body.is-overflowing') || event.ctrlKey) return;
    const read = readWheel(wheel, event.deltaY, event.deltaMode === 1, event.timeStamp);
    wheel = read.state;
    if (read.action) act(read.action);
  }, { passive: true });

  let touch: { x: number; y: number } | undefined;
  document.addEventListener('touchstart', (event) => {
    touch = event.touches.length === 1 ? { x: event.touches[0].clientX, y: event.touches[0].clientY } : undefined;
  }, { passive: true });
  document.addEventListener('touchend', (event) => {
    const end = event.changedTouches[0];
    const action = touch && end ? swipeAction(end.clientX - touch.x, end.clientY - touch.y) : undefined;
    touch = undefined;
    if (action) act(action);
  }, { passive: true });

  // The buttons show while the mouse moves, after a touch, or while they have focus, and keep out
  // of the audience's view otherwise.
  let idle: number | undefined;
  const wake = () => {
    controls?.classList.remove('is-idle');
    window.clearTimeout(idle);
    idle = window.setTimeout(() => controls?.classList.add('is-idle'), 3000);
  };
  document.addEventListener('mousemove', wake);
  // On a phone or tablet a tap shows the buttons; a tap where they stood hidden only shows them:
  // "Thoát trình chiếu" is not pressed by a finger that could not see it.
  /** Whether the last touch landed on the buttons while they were hidden: its tap only shows them. */
  let touchedHidden = false;
  document.addEventListener('touchstart', (event) => {
    // Hidden as the CSS hides them: idle, and neither hovered (a finger's last tap stays hovered) nor focused.
    touchedHidden = Boolean(controls?.matches('.is-idle:not(:hover):not(:focus-within)') && controls.contains(event.target as Node));
    wake();
  }, { passive: true });
  controls?.addEventListener('click', (event) => {
    if (!touchedHidden) return;
    touchedHidden = false;
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);
  wake();

  document.addEventListener('fullscreenchange', () => {
    document.querySelector('[data-deck="fullscreen"]')?.setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
  });
  window.addEventListener('hashchange', () => show(indexOfHash(), false));
  window.addEventListener('resize', () => {
    const body = slides[current]?.querySelector<HTMLElement>('.slide__body');
    body?.classList.toggle('is-overflowing', body.scrollHeight > body.clientHeight + 1);
  });
  applyTheme(loadTheme());
  show(indexOfHash(), false);
});
