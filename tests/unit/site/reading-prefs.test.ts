import { describe, expect, it } from 'vitest';
import { parsePrefs, stepSize } from '../../../src/site/reading-prefs';

describe('reading preferences', () => {
  it('reads what was stored and falls back on anything else', () => {
    expect(parsePrefs('{"size":125,"theme":"dark"}')).toEqual({ size: 125, theme: 'dark' });
    expect(parsePrefs(null)).toEqual({ size: 100 });
    expect(parsePrefs('not json')).toEqual({ size: 100 });
    expect(parsePrefs('{"size":999,"theme":"pink"}')).toEqual({ size: 100 });
  });
  it('steps the text size within its range', () => {
    expect(stepSize(100, 1)).toBe(112.5);
    expect(stepSize(100, -1)).toBe(87.5);
    expect(stepSize(150, 1)).toBe(150);
    expect(stepSize(87.5, -1)).toBe(87.5);
  });
});
