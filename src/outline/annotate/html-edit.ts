/**
 * Build time: small helpers for editing rendered HTML with node-html-parser: replacing a text
 * node by markup, walking text nodes, reading the text a reader sees.
 */
import { parse, type HTMLElement, type Node, type TextNode } from 'node-html-parser';
import { BLOCK_TAGS } from '../../site/html-blocks';
import { collapseWhitespace } from '../../site/text';

/** Replaces `node` by the nodes of `html`, in place. */
export function replaceWithHtml(node: Node, html: string): void {
  const parent = node.parentNode as HTMLElement;
  const fragment = parse(html);
  const index = parent.childNodes.indexOf(node);
  for (const child of fragment.childNodes) child.parentNode = parent;
  // No spread into splice(): a paragraph of 2 MB can give more nodes than a call takes arguments.
  parent.childNodes = parent.childNodes.slice(0, index).concat(fragment.childNodes, parent.childNodes.slice(index + 1));
}

/** Text nodes under `root` in document order, leaving out those inside the tags named in `skip`. */
export function textNodes(root: HTMLElement, skip: ReadonlySet<string> = new Set()): TextNode[] {
  const found: TextNode[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) found.push(node as TextNode);
    else if (node.nodeType === 1 && !skip.has((node as HTMLElement).rawTagName?.toLowerCase())) node.childNodes.forEach(walk);
  };
  walk(root);
  return found;
}

/** True when `node` sits inside an element with this tag (or class, written ".name"). */
export function isInside(node: Node, selector: string): boolean {
  for (let el = node.parentNode as HTMLElement | null; el; el = el.parentNode as HTMLElement | null) {
    if (selector.startsWith('.') ? el.classList?.contains(selector.slice(1)) : el.rawTagName?.toLowerCase() === selector) return true;
  }
  return false;
}

/**
 * The words of `root` as a reader reads them: blocks apart, white space collapsed, elements
 * matching `leaveOut` (e.g. ".editor-note") left out. A list item or a heading that ends
 * without punctuation is closed with "; " or ": ", so that hints and descriptions made from the
 * text do not run one item into the next ("… ban hành văn bản; Xây dựng và hoàn thiện …").
 */
export function readableText(root: HTMLElement, leaveOut: string[] = []): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      text += (node as TextNode).text;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (leaveOut.some((selector) => (selector.startsWith('.') ? el.classList.contains(selector.slice(1)) : el.rawTagName?.toLowerCase() === selector))) return;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    const block = BLOCK_TAGS.has(tag);
    if (block) text += ' ';
    el.childNodes.forEach(walk);
    const closer = tag === 'li' ? ';' : /^h[1-6]$/.test(tag) ? ':' : '';
    if (closer && !/[.;:!?…]\s*$/.test(text) && /\S/.test(text)) text = `${text.trimEnd()}${closer}`;
    if (block) text += ' ';
  };
  walk(root);
  // The last item of the text closes nothing.
  return collapseWhitespace(text).replace(/[;:]$/, '');
}
