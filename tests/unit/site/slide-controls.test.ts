import { describe, expect, it } from 'vitest';
import { moveTo, readKey, readWheel, swipeAction, WHEEL_AT_REST, type WheelState } from '../../../src/site/slide-controls';

describe('keys of the meeting mode', () => {
  it('moves forward with → ↓ PageDown, Space and Enter, back with ← ↑ PageUp and Shift+Space', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']) expect(readKey(key, false, '').action, key).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(readKey(key, false, '').action, key).toBe('previous');
    expect(readKey(' ', true, '').action).toBe('previous');
    expect(readKey('Home', false, '').action).toBe('first');
    expect(readKey('End', false, '').action).toBe('last');
  });
  it('F toggles full screen, Esc leaves it (or the meeting mode), D the dark look', () => {
    expect(readKey('f', false, '').action).toBe('fullscreen');
    expect(readKey('F', true, '').action).toBe('fullscreen');
    expect(readKey('Escape', false, '')).toEqual({ action: 'escape', digits: '', handled: true });
    expect(readKey('Esc', false, '').action).toBe('escape');
    // A slide number being typed: Esc forgets it, and only that.
    expect(readKey('Escape', false, '12')).toEqual({ digits: '', handled: true });
    expect(readKey('d', false, '').action).toBe('dark');
  });
  it('a number then Enter goes to that slide; Backspace takes a digit back; another key of the deck forgets it', () => {
    let digits = '';
    for (const key of ['1', '2']) digits = readKey(key, false, digits).digits;
    expect(digits).toBe('12');
    expect(readKey('Backspace', false, digits).digits).toBe('1');
    expect(readKey('Enter', false, digits)).toEqual({ goTo: 12, digits: '', handled: true });
    expect(readKey('PageDown', false, digits)).toEqual({ action: 'next', digits: '', handled: true });
  });
  it('leaves other keys to the browser', () => {
    expect(readKey('Tab', false, '3')).toEqual({ digits: '3', handled: false });
    expect(readKey('Backspace', false, '').handled).toBe(false);
  });
});

describe('moving through the deck', () => {
  it('stays within the slides', () => {
    expect(moveTo('next', 0, 3)).toBe(1);
    expect(moveTo('next', 2, 3)).toBe(2);
    expect(moveTo('previous', 0, 3)).toBe(0);
    expect(moveTo('first', 2, 3)).toBe(0);
    expect(moveTo('last', 0, 3)).toBe(2);
  });
  it('a swipe to the left goes forward, to the right back; a short or vertical one does nothing', () => {
    expect(swipeAction(-120, 10)).toBe('next');
    expect(swipeAction(120, -20)).toBe('previous');
    expect(swipeAction(-30, 0)).toBeUndefined();
    expect(swipeAction(-80, 120)).toBeUndefined();
  });
});

describe('the mouse wheel in the meeting mode', () => {
  /** Wheel events given as [deltaY, ms since the first]: the slides moved. */
  const turn = (events: Array<[number, number]>, lines = false) => {
    let state: WheelState = WHEEL_AT_REST;
    const moves: string[] = [];
    for (const [delta, at] of events) {
      const read = readWheel(state, delta, lines, 1000 + at);
      state = read.state;
      if (read.action) moves.push(read.action);
    }
    return moves;
  };
  it('a notch down goes forward, up back; notches apart move a slide each', () => {
    expect(turn([[100, 0]])).toEqual(['next']);
    expect(turn([[-100, 0]])).toEqual(['previous']);
    expect(turn([[100, 0], [100, 400], [-100, 800]])).toEqual(['next', 'next', 'previous']);
    // Firefox counts lines: 3 lines a notch.
    expect(turn([[3, 0]], true)).toEqual(['next']);
  });
  it('a touchpad\'s glide (small deltas, close together, for a second) moves one slide, a little nudge none', () => {
    const glide = Array.from({ length: 60 }, (_, i) => [8, i * 16] as [number, number]);
    expect(turn(glide)).toEqual(['next']);
    expect(turn([[10, 0], [10, 16]])).toEqual([]);
    // Rested, the next turn moves again.
    expect(turn([...glide, [100, 60 * 16 + 400]])).toEqual(['next', 'next']);
  });
});
