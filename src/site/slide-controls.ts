/**
 * What the keys, a presentation clicker and a swipe do in the meeting mode (trinh-chieu.html).
 * No I/O: src/browser/presentation.ts applies the result to the page.
 */

/** `escape`: out of full screen, else the keys' help closed, else (a second Esc) out of the meeting mode: src/browser/presentation.ts. */
export type DeckAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'escape' | 'dark';

/** Clickers send PageDown/PageUp (some send the arrows); "Spacebar" and "Esc" are the names old browsers give. */
const ACTIONS: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'escape',
  Esc: 'escape',
  d: 'dark',
  D: 'dark',
};

export interface KeyResult {
  /** What to do, if anything. */
  action?: DeckAction;
  /** A slide number typed and confirmed with Enter. */
  goTo?: number;
  /** The digits typed so far (shown on screen until Enter). */
  digits: string;
  /** Whether the page should take the key (and stop the browser's own use of it). */
  handled: boolean;
}

/** Esc, as browsers name it (old ones "Esc"). */
export const isEscapeKey = (key: string) => ACTIONS[key] === 'escape';

/**
 * The meaning of a key pressed while `digits` have been typed: a digit adds to the slide number,
 * Enter goes there (or forward when no number is typed), Esc forgets it (and only that), any other
 * key of the deck forgets it too.
 */
export function readKey(key: string, shiftKey: boolean, digits: string): KeyResult {
  if (/^[0-9]$/.test(key)) return { digits: (digits + key).slice(-4), handled: true };
  if (isEscapeKey(key) && digits) return { digits: '', handled: true };
  if (key === 'Enter' && digits) return { goTo: Number(digits), digits: '', handled: true };
  if (key === 'Backspace' && digits) return { digits: digits.slice(0, -1), handled: true };
  const action = (key === ' ' || key === 'Spacebar') && shiftKey ? 'previous' : ACTIONS[key];
  if (action) return { action, digits: '', handled: true };
  return { digits, handled: false };
}

/** The slide index (from 0) that a move leads to, kept within the deck. */
export function moveTo(action: 'next' | 'previous' | 'first' | 'last', current: number, total: number): number {
  const target = action === 'next' ? current + 1 : action === 'previous' ? current - 1 : action === 'first' ? 0 : total - 1;
  return Math.max(0, Math.min(total - 1, target));
}

/** What the mouse wheel has done so far (readWheel). */
export interface WheelState {
  /** The distance turned since the wheel last rested, in pixels (down > 0). */
  turned: number;
  /** When the last wheel event came. */
  at: number;
  /** Whether the next turn may move a slide: not until the wheel has rested since the last move (a touchpad's glide goes on for a second). */
  armed: boolean;
}

export const WHEEL_AT_REST: WheelState = { turned: 0, at: -Infinity, armed: true };
/** The wheel rests after this long without an event. */
export const WHEEL_REST_MS = 250;
/** A turn of this many pixels (about a notch of a mouse wheel) moves a slide. */
const WHEEL_STEP_PX = 40;
/** Pixels in a line, for a wheel that counts lines (Firefox's deltaMode 1). */
const LINE_PX = 16;

/**
 * The mouse wheel at the projector: turned down goes forward, up back, one slide a turn; a turn
 * goes on while its events come less than WHEEL_REST_MS apart, so a touchpad's glide moves one
 * slide, not ten. `lines`: the delta counts lines, not pixels.
 */
export function readWheel(state: WheelState, deltaY: number, lines: boolean, now: number): { state: WheelState; action?: 'next' | 'previous' } {
  const rested = now - state.at > WHEEL_REST_MS;
  const turned = (rested ? 0 : state.turned) + deltaY * (lines ? LINE_PX : 1);
  const armed = state.armed || rested;
  if (!armed || Math.abs(turned) < WHEEL_STEP_PX) return { state: { turned, at: now, armed } };
  return { state: { turned: 0, at: now, armed: false }, action: turned > 0 ? 'next' : 'previous' };
}

/** A swipe on a touch screen: to the left goes forward, to the right back; short or mostly vertical moves do nothing. */
export function swipeAction(dx: number, dy: number, minDistance = 50): 'next' | 'previous' | undefined {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < 1.5 * Math.abs(dy)) return undefined;
  return dx < 0 ? 'next' : 'previous';
}
