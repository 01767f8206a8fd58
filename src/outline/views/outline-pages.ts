/** The pages of the outline itself: the site's frame and menu, the home page, a section's page, the full text. */
import { sectionPath } from '../../site/routes';
import { readingMinutes } from '../../site/reading-time';
import { firstWordsHint, withoutFinalStop } from '../../site/text';
import { t } from '../../site/ui-strings';
import { formatVietnameseDate } from '../../site/vietnamese-date';
import { addParagraphLinks, headingsOf, stripParagraphIds, type HeadingLink } from '../annotate/section-html';
import type { Outline, SectionItem } from '../load';
import { ancestorsOf, fullHeading, hasOwnPage, menuTitle, placeOf, previousAndNext, type OutlineNode } from '../nav';
import { linkTo, markedHeading, mastheadView, partEndsOf, relationsOf, sectionHtml, type Crumb, type Link, type SectionBlock, type SignatureView } from './section-parts';

/** A node of the outline's tree, as the menu and the home page's map show it. */
export interface TreeEntry extends Link {
  id: string;
  /** Minutes to read it with its sections. */
  minutes: number;
  /** The same in words: "5 phút đọc cả mục", "15 phút đọc cả phần" when it has sections (its own page gives its own text's time). */
  time: string;
  /** The first words of its text (with those of its sections). */
  hint: string;
  children: TreeEntry[];
}

/** The words of a section together with those of every section under it. */
function textWithin(outline: Outline, id: string): string {
  return [outline.textOf.get(id) ?? '', ...outline.pages.filter((p) => p.parent === id).map((p) => textWithin(outline, p.id))].join(' ').trim();
}

/** The site's frame (header, footer, menu). */
export function frameView(outline: Outline) {
  // Inside sentences (footer) the cell is named as a sentence writes it, not in the masthead's capitals.
  return { siteTitle: outline.header.title, cell: outline.header.masthead.cellName, tree: treeView(outline) };
}

const trees = new WeakMap<Outline, TreeEntry[]>();

/** The outline's tree with reading times and hints; made once per build, as every page's menu shows it. */
function treeView(outline: Outline): TreeEntry[] {
  const entry = (node: OutlineNode<SectionItem>, depth = 0): TreeEntry => {
    const text = textWithin(outline, node.item.id);
    // A part with no words of its own says what it holds, rather than repeat its first section's words.
    const own = outline.textOf.get(node.item.id) ?? '';
    const hint = !own && node.children.length ? t('home.partHint', { count: node.children.length }) : firstWordsHint(text, 20);
    const minutes = readingMinutes(text);
    // "Phần A" at the top, "mục I" under it.
    const time = t(!node.children.length ? 'page.readingTime' : depth === 0 ? 'page.readingTimePart' : 'page.readingTimeWithin', { minutes });
    return { id: node.item.id, ...linkTo(node.item), minutes, time, hint, children: node.children.map((child) => entry(child, depth + 1)) };
  };
  let tree = trees.get(outline);
  if (!tree) trees.set(outline, (tree = outline.tree.map((node) => entry(node))));
  return tree;
}

export function homeView(outline: Outline) {
  const { header, closing, pages } = outline;
  const firstWithText = pages.find((p) => (outline.textOf.get(p.id) ?? '') !== '') ?? pages[0];
  return {
    title: header.title,
    description: `${header.title}: “${header.theme ?? ''}”. ${header.masthead.cellName}, ${header.masthead.place}, ${formatVietnameseDate(header.masthead.date)}.`,
    masthead: mastheadView(header),
    themeHtml: sectionHtml(outline, header.id, 1, new Set()),
    facts: [
      [t('home.issuedBy'), header.masthead.cellName],
      [t('home.date'), `${header.masthead.place}, ${formatVietnameseDate(header.masthead.date)}`],
      ...(closing?.signature ? [[t('home.reporter'), closing.signature.name]] : []),
    ] as Array<[string, string]>,
    // "Bắt đầu đọc" leads to the first page with words of its own (a part may only list its sections).
    start: firstWithText && sectionPath(firstWithText.id),
    map: treeView(outline),
  };
}

export function sectionView(outline: Outline, id: string) {
  const item = outline.byId.get(id)!;
  const html = addParagraphLinks(sectionHtml(outline, id, 1, new Set()), t('page.copyLink'));
  const text = outline.textOf.get(id) ?? '';
  const children = outline.pages.filter((p) => p.parent === id);
  const { previous, next } = previousAndNext(outline.items, id);
  const isLast = outline.pages.at(-1)?.id === id;
  return {
    path: sectionPath(id),
    title: fullHeading(item),
    /** Printed above the section ("In mục này"). */
    masthead: mastheadView(outline.header),
    description: firstWordsHint(text, 30) || `${withoutFinalStop(fullHeading(item))}: ${children.map((c) => withoutFinalStop(c.title)).join('; ')}.`,
    headings: headingsOf(html) as HeadingLink[],
    breadcrumbs: [...ancestorsOf(outline.items, id).map(linkTo), { title: menuTitle(item) }] as Crumb[],
    body: {
      id,
      kind: item.kind,
      heading: fullHeading(item),
      headingHtml: markedHeading(outline, item),
      html,
      meta: item.number || text ? { place: placeOf(item.number), ...(text ? { minutes: readingMinutes(text) } : {}) } : undefined,
      children: children.map(linkTo),
      closingHtml: partEndsOf(outline, id).map((end) => sectionHtml(outline, end.id, 1, new Set())).join('') || undefined,
    } satisfies SectionBlock,
    signature: isLast ? (outline.closing?.signature as SignatureView | undefined) : undefined,
    ...relationsOf(outline, item),
    previous: previous && linkTo(previous),
    next: next && linkTo(next),
  };
}

/** Of what a section concerns, the documents and events it names (the full text lists them, not the areas). */
const documentsOf = ({ documents, events, editorial }: ReturnType<typeof relationsOf>) => ({ documents, events, editorial });

export function fullTextView(outline: Outline) {
  const { header, closing, items } = outline;
  const levelOf = (id: string) => Math.min(4, ancestorsOf(items, id).length + 2) as 2 | 3 | 4;
  // One page: each glossary term is marked at its first use in the whole text, so sections share `seen`.
  const seen = new Set<string>();
  const themeHtml = sectionHtml(outline, header.id, 1, seen);
  // The pages in reading order, and the words that close a part where they stand.
  const sections = items.filter((item) => hasOwnPage(item) || item.kind === 'part-end').map((item) => ({
    level: levelOf(item.id),
    block: {
      id: item.id,
      kind: item.kind,
      heading: fullHeading(item),
      headingHtml: markedHeading(outline, item),
      html: stripParagraphIds(sectionHtml(outline, item.id, levelOf(item.id), seen)),
      children: [],
    } satisfies SectionBlock,
    // The documents each section cites, with their status today (facts.md: next to the text).
    ...(item.kind === 'part-end' ? { documents: [], events: [], editorial: [] } : documentsOf(relationsOf(outline, item))),
  }));
  // Its own list of parts, to jump within the one long page (parts and their sections).
  const contents = (nodes: OutlineNode<SectionItem>[], depth: number): Array<Link & { children: Link[] }> =>
    nodes.map((node) => ({ title: menuTitle(node.item), path: `#${node.item.id}`, children: depth < 1 ? contents(node.children, depth + 1) : [] }));
  return {
    title: t('fullText.title'),
    parts: contents(outline.tree, 0),
    description: `${t('fullText.title')}: ${header.title} — “${header.theme ?? ''}”.`,
    masthead: mastheadView(header),
    themeHtml,
    sections,
    signature: closing?.signature as SignatureView | undefined,
  };
}
