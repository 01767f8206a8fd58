/** Build time: what a page needs to show a section's rendered HTML at its place in the page. */
import { parse } from 'node-html-parser';
import { collapseWhitespace } from './fold-vietnamese';

/** Sub-headings are written as ### in the content; a page puts them one level below the section's own heading. */
export function shiftHeadings(html: string, level: number): string {
  const root = parse(html);
  for (const heading of root.querySelectorAll('h3')) heading.tagName = `h${Math.min(6, level)}`;
  return root.toString();
}

/** The headings with ids, for the on-page table of contents. */
export function headingsOf(html: string): Array<{ depth: number; slug: string; text: string }> {
  return parse(html)
    .querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')
    .map((h) => ({ depth: Number(h.tagName[1]), slug: h.id, text: collapseWhitespace(h.textContent) }));
}
