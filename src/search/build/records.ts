/**
 * Build time: the text of a built page as the search sees it. Reads the same part of the
 * page that Pagefind indexes ([data-pagefind-body], minus [data-pagefind-ignore]) and cuts
 * it at every heading that has an id, as Pagefind makes sub-results.
 */
import { parse, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import { collapseWhitespace } from '../../site/text';
import type { SearchPage, SearchSegment } from '../types';

const BLOCK = new Set(['p', 'li', 'div', 'section', 'article', 'aside', 'ul', 'ol', 'blockquote', 'dd', 'dt', 'dl', 'tr', 'td', 'th', 'table', 'figure', 'figcaption', 'header', 'footer', 'nav', 'br', 'details', 'summary']);
const HEADING = /^h[1-6]$/;
/** Elements Pagefind leaves out of a page's content by default; the offline index does the same. */
const SKIPPED = new Set(['nav', 'form', 'script', 'style', 'svg', 'template', 'noscript', 'select', 'iframe']);

/** The searchable text of one page, or undefined when the page is not indexed. */
export function extractSearchPage(html: string, url: string): SearchPage | undefined {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const segments: SearchSegment[] = [{ id: '', heading: '', text: '' }];
  let title = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      segments[segments.length - 1].text += (node as TextNode).text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (HEADING.test(tag)) {
      const heading = collapseWhitespace(el.textContent);
      if (tag === 'h1' && !title) title = heading;
      const id = el.getAttribute('id');
      if (id) segments.push({ id, heading, text: '' });
      else segments[segments.length - 1].text += ` ${heading} `;
      return;
    }
    const block = BLOCK.has(tag);
    if (block) segments[segments.length - 1].text += ' ';
    for (const child of el.childNodes) walk(child);
    if (block) segments[segments.length - 1].text += ' ';
  };
  walk(body);
  const clean = segments
    .map((s) => ({ ...s, text: collapseWhitespace(s.text) }))
    .filter((s) => s.id !== '' || s.text !== '');
  return { url, title: title || collapseWhitespace(root.querySelector('title')?.textContent ?? url), segments: clean };
}
