/**
 * Build time: a passage of the outline quoted on another page (an area page, a document page,
 * the worksheet's examples) keeps the marks it has where it stands: corrected words link to the
 * editorial page with the original in their title, and document names link to their pages. A
 * quotation that showed corrected words as plain text would present a guess ("ioffice") as the
 * outline's own word.
 */
import { parse } from 'node-html-parser';
import { relativeHref } from '../../site/relative-url';
import { collapseWhitespace, escapeHtml } from '../../site/text';

/** The marks the annotate steps put in a section's text and that a quotation keeps. */
const KEPT = 'a.fix, a.doc-ref';

/**
 * The passage `text` (words of the block `blockHtml`, whole or a few sentences of it) as HTML
 * for the page `from`: the corrections and document links of the block that stand in `text`
 * are kept, their hrefs (site paths) made relative to `from`; a link to `from` itself is dropped.
 */
export function quotedPassageHtml(text: string, blockHtml: string, from: string): string {
  const marks = parse(blockHtml)
    .querySelectorAll(KEPT)
    .map((el) => {
      const href = el.getAttribute('href') ?? '';
      const [path] = href.split('#');
      const words = collapseWhitespace(el.textContent);
      if (path === from) return { words, html: escapeHtml(words) };
      el.setAttribute('href', relativeHref(from, href));
      return { words, html: el.outerHTML };
    });
  let html = '';
  let at = 0;
  // In the block's order: a mark that stands before a quoted slice of the block is not found after it.
  for (const mark of marks) {
    const found = mark.words ? text.indexOf(mark.words, at) : -1;
    if (found === -1) continue;
    html += escapeHtml(text.slice(at, found)) + mark.html;
    at = found + mark.words.length;
  }
  return html + escapeHtml(text.slice(at));
}
