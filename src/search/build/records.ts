/**
 * Build time: the records of a built page, the one source of both search indexes. Reads the
 * part of the page meant for search ([data-pagefind-body], minus [data-pagefind-ignore], minus
 * navigation and forms) and cuts it into blocks: each paragraph, list item, heading, table row,
 * glossary entry is a record, linked by its own id, or else by the id of the heading above it.
 * A record that opens with a link to another page (a row of the list of documents, an area's
 * related documents) is marked as a reference line: ranking counts it less than text.
 */
import { parse, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import { BLOCK_TAGS } from '../../site/html-blocks';
import { collapseWhitespace } from '../../site/text';
import type { SearchRecord } from '../types';

/** Cells and terms join the rest of their row or entry: "Số hiệu 27-NQ/TW" is one record. */
const JOINED = new Set(['td', 'th', 'dt', 'dd']);
const HEADING = /^h[1-6]$/;
/**
 * Links the outline's text carries on its own words (src/outline/annotate: a corrected word, a
 * document named in a sentence, an abbreviation explained): a paragraph that opens with one is
 * the outline's text ("Số lượng thủ tục hành chính …", corrected), not an entry of a list.
 */
const IN_TEXT_LINK = /(^|\s)(fix|doc-ref|abbr-link)(\s|$)/;
/** Elements Pagefind leaves out of a page's content by default; the records do the same. */
const SKIPPED = new Set(['nav', 'form', 'script', 'style', 'svg', 'template', 'noscript', 'select', 'iframe']);

export interface PageRecords {
  title: string;
  /** The page's records, without their page index (the site numbers its pages). */
  records: Array<Omit<SearchRecord, 'page'>>;
}

/** The records of one built page, or undefined when the page is not indexed. */
export function extractRecords(html: string): PageRecords | undefined {
  const root = parse(html);
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const h1 = body.querySelector('h1');
  const title = collapseWhitespace(h1?.textContent ?? root.querySelector('title')?.textContent ?? '');
  const records: PageRecords['records'] = [];
  let heading = { text: '', id: '' };
  /** Ids of the blocks the walk is inside, innermost last: a record links to the innermost. */
  const anchors: string[] = [];
  let buffer = '';
  /** Whether the record being read begins with a link to another page. */
  let startsWithLink = false;
  const flush = () => {
    const text = collapseWhitespace(buffer);
    const reference = startsWithLink;
    buffer = '';
    startsWithLink = false;
    if (text) records.push({ anchor: anchors.at(-1) ?? heading.id, heading: heading.text, text, ...(reference ? { reference } : {}) });
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      buffer += (node as TextNode).text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIPPED.has(tag)) return;
    if (HEADING.test(tag)) {
      flush();
      const text = collapseWhitespace(el.textContent);
      const id = el.getAttribute('id') ?? '';
      // The page's own title is not a heading of its records: it is their page's title.
      if (el === h1) heading = { text: '', id };
      else {
        heading = { text, id: id || heading.id };
        if (text) records.push({ anchor: heading.id, heading: '', text });
      }
      return;
    }
    // A record that opens with a link to another page is an entry of a list of pages.
    if (tag === 'a' && buffer.trim() === '' && !(el.getAttribute('href') ?? '#').startsWith('#') && !IN_TEXT_LINK.test(el.getAttribute('class') ?? '')) startsWithLink = true;
    const joined = JOINED.has(tag);
    // A block ends a record where it starts and where it ends.
    const block = BLOCK_TAGS.has(tag) && !joined;
    const id = block ? el.getAttribute('id') : undefined;
    if (block) flush();
    if (joined) buffer += ' ';
    if (id) anchors.push(id);
    el.childNodes.forEach(walk);
    if (block) flush();
    if (joined) buffer += ' ';
    if (id) anchors.pop();
  };
  walk(body);
  flush();
  return { title, records };
}
