/** What the search page embeds from the outline: here, where each numbered section's page stands. */
import { describe, expect, it } from 'vitest';
import type { Outline } from '../../../../src/outline/load';
import { searchPlaces } from '../../../../src/outline/views/search-data';

const outlineOf = (items: Array<{ id: string; kind: string; number?: string }>) => ({ items }) as unknown as Outline;

describe('searchPlaces', () => {
  it('names each numbered page as its page does under the heading: a part by its letter, a section by its number', () => {
    const outline = outlineOf([
      { id: 'mo-dau', kind: 'section' },
      { id: 'a', kind: 'part', number: 'A' },
      { id: 'a-i-3', kind: 'section', number: 'A.I.3' },
      { id: 'a-ii-3', kind: 'section', number: 'A.II.3' },
      // Printed on its part's page (part-end): no page of its own to name, whatever it carries.
      { id: 'a-ket', kind: 'part-end', number: 'A' },
    ]);
    expect(searchPlaces(outline)).toEqual({ 'a.html': 'Phần A', 'a-i-3.html': 'Mục A.I.3', 'a-ii-3.html': 'Mục A.II.3' });
  });
});
