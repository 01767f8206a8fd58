/** Build time: what a page needs to show a section's rendered HTML at its place in the page. */
import { HTMLElement, parse } from 'node-html-parser';
import { collapseWhitespace } from '../../site/text';

/** Sub-headings are written as ### in the content; a page puts them one level below the section's own heading. */
export function shiftHeadings(html: string, level: number): string {
  const root = parse(html);
  for (const heading of root.querySelectorAll('h3')) heading.tagName = `h${Math.min(6, level)}`;
  return root.toString();
}

export interface HeadingLink {
  depth: number;
  slug: string;
  text: string;
}

/** The headings with ids, for the on-page table of contents. */
export function headingsOf(html: string): HeadingLink[] {
  return parse(html)
    .querySelectorAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]')
    .map((h) => ({ depth: Number(h.tagName[1]), slug: h.id, text: collapseWhitespace(h.textContent) }));
}

/**
 * The full-text page shows every section at once, to read straight through and print: it
 * leaves out the paragraph ids (other pages link to the section pages' paragraphs, and two
 * elements of one page may not share an id). The notes on quotation sources stay: what the
 * site adds to the outline stands next to it on every page (facts.md).
 */
export function stripParagraphIds(html: string): string {
  const root = parse(html);
  for (const block of root.querySelectorAll('p[id], li[id]')) block.removeAttribute('id');
  return root.toString();
}

/**
 * The link to copy beside each paragraph, list item and sub-heading of a section page: an empty
 * link to its id (the "#" is drawn by CSS, so it is never copied with the words), which the page
 * script turns into "copy the address of this paragraph". A list item's link stands before the
 * list it holds.
 */
export function addParagraphLinks(html: string, label: string): string {
  const root = parse(html);
  for (const block of root.querySelectorAll('p[id], li[id], h2[id], h3[id], h4[id], h5[id], h6[id]')) {
    const link = `<a class="para-link" href="#${block.id}" aria-label="${label}" data-copy-link></a>`;
    const nested = block.childNodes.find((node) => node instanceof HTMLElement && /^(ul|ol)$/i.test(node.rawTagName));
    if (nested) (nested as HTMLElement).insertAdjacentHTML('beforebegin', link);
    else block.insertAdjacentHTML('beforeend', link);
  }
  return root.toString();
}
