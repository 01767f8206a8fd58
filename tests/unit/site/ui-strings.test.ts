import { describe, expect, it } from 'vitest';
import { fillPlaceholders, stringsFor, t } from '../../../src/site/ui-strings';

describe('ui strings', () => {
  it('fills placeholders', () => {
    expect(t('page.readingTime', { minutes: 3 })).toBe('3 phút đọc');
    expect(fillPlaceholders('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
  it('hands a page only the strings its script needs', () => {
    const search = stringsFor(['search.']);
    expect(Object.keys(search)).toContain('search.loading');
    expect(Object.keys(search).filter((key) => !key.startsWith('search.'))).toEqual([]);
  });
});
