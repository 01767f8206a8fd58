import type { HastPluginEntry } from 'satteri';

/**
 * Sätteri hast plugin: gives every paragraph of a Markdown page (the areas' texts, the documents'
 * notes) an id, "doan-1", "doan-2"… in order, so that a search result links to the paragraph that
 * holds the words rather than to the heading above it (src/search/build/records.ts takes the
 * innermost id). A paragraph that already has an id keeps it. A source line ("Nguồn: …") gets
 * none: it closes the text above it, so a result found there ("PCI" in "Giới thiệu về PCI") opens
 * at the heading where that text begins. Not the outline's own sections (MDX):
 * src/outline/annotate gives their paragraphs the ids the whole site links to ("a-ii-2-p3").
 */
export const paragraphIds: HastPluginEntry = ({ sourceFormat }) => {
  if (sourceFormat !== 'markdown') return null;
  let count = 0;
  return {
    name: 'paragraph-ids',
    element: {
      filter: ['p'],
      visit(node, ctx) {
        if (typeof node.properties?.id === 'string' || ctx.textContent(node).trimStart().startsWith('Nguồn:')) return;
        count += 1;
        ctx.setProperty(node, 'id', `doan-${count}`);
      },
    },
  };
};
