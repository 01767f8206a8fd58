/**
 * Build time: turns the HTML of one rendered section into what the pages show and what
 * the other pages need from it. Pure: the data comes in as arguments.
 * - every paragraph and list item gets an id (`<section>-p<n>`), so citations can link to it;
 * - every mention of a cited document (all of them, not only the first) links to its page;
 * - every listed quotation is marked up as <q>, with a note on its source after its paragraph;
 * - it reports the citations (document, paragraph, sentence), the passages (id, text) and the
 *   section's plain text, the one source of every hint, reading time and description.
 */
import { parse, type HTMLElement, type TextNode } from 'node-html-parser';
import { collapseWhitespace, escapeHtml, splitSentences, wholeWordsPattern } from '../../site/text';
import { isInside, readableText, replaceWithHtml, textNodes } from './html-edit';

export interface DocumentMentions {
  id: string;
  /** Exact strings by which the text names the document. */
  mentions: string[];
  /** Site path of its page, relative to the section pages (e.g. "van-ban/nd-90-2020-nd-cp.html"). */
  href: string;
}

export interface QuotationMarkup {
  id: string;
  text: string;
  /** Where the source can be read (becomes the cite attribute), if known. */
  url?: string;
  /** Markup of the note shown after the paragraph that holds the quotation. */
  noteHtml: string;
}

export interface Citation {
  document: string;
  /** Id of the paragraph or list item that names the document. */
  paragraph: string;
  /** The sentence in which it is named. */
  sentence: string;
  /** True when it is named in an editor's note rather than in the outline's own words. */
  editorial: boolean;
}

export interface Passage {
  id: string;
  /** A paragraph or a list item. */
  kind: 'p' | 'li';
  text: string;
  editorial: boolean;
}

export interface AnnotatedSection {
  html: string;
  /** The outline's own words as the page shows them (editor's and source notes left out). */
  text: string;
  citations: Citation[];
  passages: Passage[];
  /** Ids of the quotations found and marked. */
  quotations: string[];
}

const BLOCKS = 'p, li';

export function annotateSection(
  html: string,
  sectionId: string,
  documents: DocumentMentions[],
  quotations: QuotationMarkup[],
): AnnotatedSection {
  const root = parse(html);
  const blocks = root.querySelectorAll(BLOCKS).filter((el) => !el.querySelector('p'));
  blocks.forEach((block, index) => {
    if (!block.id) block.setAttribute('id', `${sectionId}-p${index + 1}`);
  });

  const passages: Passage[] = blocks.map((block) => ({
    id: block.id,
    kind: block.rawTagName.toLowerCase() === 'li' ? 'li' : 'p',
    text: collapseWhitespace(block.textContent),
    editorial: isInside(block, '.editor-note'),
  }));
  // Headings name documents too ("… thực hiện nghiêm Luật Cán bộ, công chức."); they keep their own ids.
  const namers = root.querySelectorAll(`${BLOCKS}, h1, h2, h3, h4, h5, h6`).filter((el) => !el.querySelector('p') && el.id);
  const citations: Citation[] = [];
  for (const block of namers) {
    const text = collapseWhitespace(block.textContent);
    for (const doc of documents) {
      for (const mention of doc.mentions) {
        if (!includesWord(text, mention)) continue;
        const sentence = splitSentences(text).find((s) => includesWord(s, mention)) ?? text;
        citations.push({ document: doc.id, paragraph: block.id, sentence, editorial: isInside(block, '.editor-note') });
      }
    }
    linkMentions(block, documents);
  }

  const found: string[] = [];
  // Notes follow the order in which the quotations stand in the text, whatever the order of the list.
  const whole = collapseWhitespace(root.textContent);
  const byPlace = [...quotations].sort((a, b) => placeOf(whole, a.text) - placeOf(whole, b.text));
  for (const quotation of byPlace) {
    const block = blocks.find((b) => collapseWhitespace(b.textContent).includes(quotation.text));
    if (!block || !wrapQuotation(block, quotation)) continue;
    found.push(quotation.id);
    const notes = block.nextElementSibling?.classList.contains('quote-notes') ? block.nextElementSibling : undefined;
    const item = `<li>${quotation.noteHtml}</li>`;
    if (notes) notes.querySelector('ul')!.insertAdjacentHTML('beforeend', item);
    else block.insertAdjacentHTML('afterend', `<aside class="quote-notes" data-editorial><ul>${item}</ul></aside>`);
  }
  return { html: root.toString(), text: readableText(root, ['.editor-note', '.quote-notes']), citations, passages, quotations: found };
}

/** Links every mention in the block's text (outside existing links), longest mention first. */
function linkMentions(block: HTMLElement, documents: DocumentMentions[]): void {
  const targets = documents
    .flatMap((doc) => doc.mentions.map((mention) => ({ mention, href: doc.href })))
    .sort((a, b) => b.mention.length - a.mention.length);
  if (targets.length === 0) return;
  // Whole words only: "Đại hội lần thứ VI" must not link inside "… lần thứ VII".
  const pattern = wholeWordsPattern(targets.map((t) => t.mention), 'gu');
  for (const node of textNodes(block, new Set(['a']))) {
    const text = node.text;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts = text.split(pattern);
    const mentions = text.match(pattern)!;
    replaceWithHtml(
      node,
      parts
        .map((part, i) => escapeHtml(part) + (i < mentions.length ? `<a class="doc-ref" href="${targets.find((t) => t.mention === mentions[i])!.href}">${escapeHtml(mentions[i])}</a>` : ''))
        .join(''),
    );
  }
}

const placeOf = (text: string, words: string) => {
  const at = text.indexOf(words);
  return at === -1 ? Number.MAX_SAFE_INTEGER : at;
};

/**
 * Wraps the quotation's text in <q>: inside one text node of the block, or else across the
 * children of the block when it starts and ends at their edges or inside text (a quoted
 * expression whose first words are a corrected word, e.g. “<a class="fix">chú trọng thực tế</a>
 * và nỗ lực làm việc”). False when it stands nowhere it can be wrapped.
 */
function wrapQuotation(block: HTMLElement, quotation: QuotationMarkup): boolean {
  const cite = quotation.url ? ` cite="${escapeHtml(quotation.url)}"` : '';
  const open = `<q class="quote" id="trich-${quotation.id}"${cite}>`;
  for (const node of textNodes(block, new Set(['q']))) {
    const at = node.text.indexOf(quotation.text);
    if (at === -1) continue;
    replaceWithHtml(node, `${escapeHtml(node.text.slice(0, at))}${open}${escapeHtml(quotation.text)}</q>${escapeHtml(node.text.slice(at + quotation.text.length))}`);
    return true;
  }
  const children = block.childNodes;
  const texts = children.map((child) => (child.nodeType === 3 ? (child as TextNode).text : (child as HTMLElement).textContent));
  const at = texts.join('').indexOf(quotation.text);
  if (at === -1) return false;
  const end = at + quotation.text.length;
  let offset = 0;
  const bounds = texts.map((text) => {
    const range = [offset, offset + text.length] as const;
    offset += text.length;
    return range;
  });
  const first = bounds.findIndex(([, stop]) => stop > at);
  const last = bounds.findIndex(([, stop]) => stop >= end);
  const isText = (i: number) => children[i].nodeType === 3;
  // An element (a link) is wrapped whole or not at all.
  if (first === -1 || last === -1 || (!isText(first) && bounds[first][0] !== at) || (!isText(last) && bounds[last][1] !== end)) return false;
  const piece = (i: number, from: number, to: number) =>
    from >= to ? '' : isText(i) ? escapeHtml(texts[i].slice(from - bounds[i][0], to - bounds[i][0])) : (children[i] as HTMLElement).outerHTML;
  let html = piece(first, bounds[first][0], at) + open;
  for (let i = first; i <= last; i += 1) html += piece(i, Math.max(at, bounds[i][0]), Math.min(end, bounds[i][1]));
  html += `</q>${piece(last, end, bounds[last][1])}`;
  const fragment = parse(html);
  for (const child of fragment.childNodes) child.parentNode = block;
  children.splice(first, last - first + 1, ...fragment.childNodes);
  return true;
}


function includesWord(text: string, words: string): boolean {
  return wholeWordsPattern([words]).test(text);
}
