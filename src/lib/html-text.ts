/**
 * Small helpers for editing built HTML with node-html-parser (build time only):
 * escaping, replacing a text node by markup, walking text nodes.
 */
import { parse, type HTMLElement, type Node, type TextNode } from 'node-html-parser';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Replaces `node` by the nodes of `html`, in place. */
export function replaceWithHtml(node: Node, html: string): void {
  const parent = node.parentNode as HTMLElement;
  const fragment = parse(html);
  const index = parent.childNodes.indexOf(node);
  for (const child of fragment.childNodes) child.parentNode = parent;
  parent.childNodes.splice(index, 1, ...fragment.childNodes);
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

/** The sentences of a text: a sentence ends with . ; ! ? or … followed by a space and a capital, digit or opening quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.;!?…])\s+(?=[\p{Lu}“"(0-9])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
