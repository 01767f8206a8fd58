import type { HastPluginEntry } from 'satteri';
import { createSlugger } from '../site/slug';

/**
 * Sätteri hast plugin: gives every heading an ASCII id without tone marks
 * ("Về bảo đảm an toàn thông tin" → "ve-bao-dam-an-toan-thong-tin").
 * It runs before Astro's own heading-ids plugin, which keeps an id that is already
 * set, so the headings list that `render()` returns carries the same ids.
 */
export const asciiHeadingIds: HastPluginEntry = () => {
  const slug = createSlugger();
  return {
    name: 'ascii-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string') return;
        ctx.setProperty(node, 'id', slug(ctx.textContent(node)));
      },
    },
  };
};
