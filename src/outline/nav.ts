import { t } from '../site/ui-strings';

/**
 * Navigation over the outline: reading order, tree, breadcrumbs, previous/next.
 * Works on plain data so it can be unit-tested without Astro.
 */

export type SectionKind = 'header' | 'part' | 'section' | 'part-end' | 'closing';

export interface OutlineItem {
  id: string;
  kind: SectionKind;
  order: number;
  parent?: string;
  number?: string;
  label?: string;
  title: string;
  navTitle?: string;
}

export interface OutlineNode<T extends OutlineItem = OutlineItem> {
  item: T;
  children: OutlineNode<T>[];
}

/** Items that get a page of their own: everything but the header block, the words that close a part, and the signature. */
export function hasOwnPage(item: OutlineItem): boolean {
  return item.kind === 'part' || item.kind === 'section';
}

/** Items in reading order (by `order`). */
export function sortByOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order);
}

/** The pages of the outline in reading order. */
export function readingOrder<T extends OutlineItem>(items: readonly T[]): T[] {
  return sortByOrder(items).filter(hasOwnPage);
}

/** The tree of pages (parts with their sections), children in reading order. */
export function buildOutlineTree<T extends OutlineItem>(items: readonly T[]): OutlineNode<T>[] {
  const pages = readingOrder(items);
  const nodes = new Map(pages.map((item) => [item.id, { item, children: [] as OutlineNode<T>[] }]));
  const roots: OutlineNode<T>[] = [];
  for (const item of pages) {
    const node = nodes.get(item.id)!;
    const parent = item.parent ? nodes.get(item.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Ancestors of an item, outermost first (not including the item). */
export function ancestorsOf<T extends OutlineItem>(items: readonly T[], id: string): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const chain: T[] = [];
  let current = byId.get(id)?.parent;
  const visited = new Set<string>();
  while (current && !visited.has(current)) {
    visited.add(current);
    const parent = byId.get(current);
    if (!parent) break;
    chain.unshift(parent);
    current = parent.parent;
  }
  return chain;
}

/** The pages before and after an item in reading order. */
export function previousAndNext<T extends OutlineItem>(items: readonly T[], id: string): { previous?: T; next?: T } {
  const pages = readingOrder(items);
  const index = pages.findIndex((item) => item.id === id);
  if (index === -1) return {};
  return { previous: pages[index - 1], next: pages[index + 1] };
}

/** The heading as printed: label and title, e.g. "1, Cải cách thể chế". */
export function fullHeading(item: Pick<OutlineItem, 'label' | 'title'>): string {
  return item.label ? `${item.label} ${item.title}` : item.title;
}

/**
 * How other pages name a section when they link to it: "Mục A.II.3 · 3. Những tồn tại…".
 * The number is left out where the label already says it ("B. Vận dụng…").
 */
export function sectionLabel(item: Pick<OutlineItem, 'label' | 'title' | 'navTitle' | 'number'>): string {
  const name = menuTitle(item);
  const labelIsNumber = item.label?.replace(/[.,\s]/g, '') === item.number;
  return item.number && !labelIsNumber ? `${t('page.section', { number: item.number })} · ${name}` : name;
}

/**
 * Where a section stands, as a teacher names it: "Phần B" for a lettered part of the outline (the
 * site and the outline call A, B, C parts), "Mục A.II.1" below them.
 */
export function placeOf(number: string | undefined): string | undefined {
  if (!number) return undefined;
  return t(/^\p{Lu}$/u.test(number) ? 'page.part' : 'page.section', { number });
}

/** The short name used in menus: the label with the navigation title (or the title). */
export function menuTitle(item: Pick<OutlineItem, 'label' | 'title' | 'navTitle'>): string {
  const title = item.navTitle ?? item.title;
  return item.label ? `${item.label} ${title}` : title;
}

/**
 * True when `short` is the first words of `title`, cut at a word boundary: the same words in the
 * same order (letter case aside, a final full stop may go). A short title may shorten a heading,
 * never say something else ("Vận dụng, liên hệ tại đơn vị" drops the middle of Part B's heading).
 */
export function isWordPrefix(short: string, title: string): boolean {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLocaleLowerCase('vi');
  const [head, whole] = [norm(short), norm(title)];
  return head !== '' && whole.startsWith(head) && (whole.length === head.length || /[\s,;:.]/.test(whole[head.length]));
}
