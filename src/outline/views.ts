/**
 * The data each page needs, shaped from the outline, so that pages and components only lay
 * it out. Links are site paths (routes.ts); a page turns them into relative hrefs.
 */
import { PAGES, areaPath, documentPath, glossaryPath, sectionPath } from '../site/routes';
import { readingMinutes } from '../site/reading-time';
import { firstWordsHint } from '../site/text';
import { t } from '../site/ui-strings';
import { formatVietnameseDate } from '../site/vietnamese-date';
import { resolvePassage, type QuotedPassage } from './area-passages';
import { markAbbreviations } from './annotate/mark-abbreviations';
import { headingsOf, shiftHeadings, stripQuoteNotesAndParagraphIds, type HeadingLink } from './annotate/section-html';

export type { HeadingLink };
import type { AreaItem, DocumentItem, HeaderItem, Outline, SectionCitation, SectionItem } from './load';
import { ancestorsOf, fullHeading, menuTitle, previousAndNext, sectionLabel, type OutlineNode } from './nav';

/** A link: what it says and the site path it leads to. */
export interface Link {
  title: string;
  path: string;
}

/** A step of the breadcrumbs after "Trang chủ"; the last one (the page itself) has no path. */
export interface Crumb {
  title: string;
  path?: string;
}

/** A node of the outline's tree, as the menu and the home page's map show it. */
export interface TreeEntry extends Link {
  id: string;
  minutes: number;
  /** The first words of its text (with those of its sections). */
  hint: string;
  children: TreeEntry[];
}

/** One section of the outline laid out on a page (a section page, or one after another in the full text). */
export interface SectionBlock {
  id: string;
  kind: SectionItem['kind'];
  heading: string;
  /** Its own text, ready to show. */
  html: string;
  /** "Mục A.I.2" and the reading time, when the page shows them. */
  meta?: { number?: string; minutes: number };
  /** The sections of a part, listed as links (section pages only). */
  children: Link[];
}

export interface SignatureView {
  role: string;
  name: string;
}

/** The masthead of a Party document and the title lines under it. */
export interface MastheadView {
  superior: string;
  cell: string;
  party: string;
  place: string;
  date: string;
  docType?: string;
  docSubtitle?: string;
}

/**
 * A section's HTML as a root-level page shows it: sub-headings one level below the section's
 * heading, and the first use on the page of each glossary term marked (`seen` is the page's).
 */
export function sectionHtml(outline: Outline, id: string, level: number, seen: Set<string>): string {
  return markAbbreviations(shiftHeadings(outline.htmlOf.get(id) ?? '', level + 1), outline.glossary, seen, glossaryPath);
}

/** The words of a section together with those of every section under it. */
function textWithin(outline: Outline, id: string): string {
  return [outline.textOf.get(id) ?? '', ...outline.pages.filter((p) => p.parent === id).map((p) => textWithin(outline, p.id))].join(' ').trim();
}

const linkTo = (item: SectionItem): Link => ({ title: menuTitle(item), path: sectionPath(item.id) });

export function mastheadView(header: HeaderItem): MastheadView {
  const { superior, cell, party, place, date } = header.masthead;
  return { superior, cell, party, place, date: formatVietnameseDate(date), docType: header.docType, docSubtitle: header.docSubtitle };
}

/** The site's frame (header, footer, menu). */
export function frameView(outline: Outline) {
  return { siteTitle: outline.header.title, cell: outline.header.masthead.cell, tree: treeView(outline) };
}

const trees = new WeakMap<Outline, TreeEntry[]>();

/** The outline's tree with reading times and hints; made once per build, as every page's menu shows it. */
export function treeView(outline: Outline): TreeEntry[] {
  const entry = (node: OutlineNode<SectionItem>): TreeEntry => {
    const text = textWithin(outline, node.item.id);
    return { id: node.item.id, ...linkTo(node.item), minutes: readingMinutes(text), hint: firstWordsHint(text, 20), children: node.children.map(entry) };
  };
  let tree = trees.get(outline);
  if (!tree) trees.set(outline, (tree = outline.tree.map(entry)));
  return tree;
}

export function homeView(outline: Outline) {
  const { header, closing, pages } = outline;
  return {
    title: header.title,
    description: `${header.title}: “${header.theme ?? ''}”. ${header.masthead.cell}, ${formatVietnameseDate(header.masthead.date)}.`,
    masthead: mastheadView(header),
    themeHtml: sectionHtml(outline, header.id, 1, new Set()),
    facts: [
      [t('home.issuedBy'), header.masthead.cell],
      [t('home.date'), `${header.masthead.place}, ${formatVietnameseDate(header.masthead.date)}`],
      ...(closing?.signature ? [[t('home.reporter'), closing.signature.name]] : []),
    ] as Array<[string, string]>,
    start: pages[0] ? sectionPath(pages[0].id) : undefined,
    map: treeView(outline),
  };
}

export function sectionView(outline: Outline, id: string) {
  const item = outline.byId.get(id)!;
  const html = sectionHtml(outline, id, 1, new Set());
  const text = outline.textOf.get(id) ?? '';
  const children = outline.pages.filter((p) => p.parent === id);
  const { previous, next } = previousAndNext(outline.items, id);
  const isLast = outline.pages.at(-1)?.id === id;
  return {
    path: sectionPath(id),
    title: fullHeading(item),
    description: firstWordsHint(text, 30) || `${fullHeading(item)}: ${children.map((c) => c.title).join('; ')}`,
    headings: headingsOf(html) as HeadingLink[],
    breadcrumbs: [...ancestorsOf(outline.items, id).map(linkTo), { title: menuTitle(item) }] as Crumb[],
    body: {
      id,
      kind: item.kind,
      heading: fullHeading(item),
      html,
      meta: text ? { number: item.number, minutes: readingMinutes(text) } : undefined,
      children: children.map(linkTo),
    } satisfies SectionBlock,
    signature: isLast ? (outline.closing?.signature as SignatureView | undefined) : undefined,
    areas: outline.areas.filter((a) => item.areas.includes(a.id)).map((a) => ({ title: a.title, path: areaPath(a.id) })),
    documents: item.cites.map((cited) => outline.documents.find((d) => d.id === cited)!).map((d) => ({ title: d.title, path: documentPath(d.id) })),
    previous: previous && linkTo(previous),
    next: next && linkTo(next),
  };
}

export function fullTextView(outline: Outline) {
  const { header, closing, pages, items } = outline;
  const levelOf = (id: string) => Math.min(4, ancestorsOf(items, id).length + 2) as 2 | 3 | 4;
  // One page: each glossary term is marked at its first use in the whole text, so sections share `seen`.
  const seen = new Set<string>();
  const themeHtml = sectionHtml(outline, header.id, 1, seen);
  const sections = pages.map((item) => ({
    level: levelOf(item.id),
    block: {
      id: item.id,
      kind: item.kind,
      heading: fullHeading(item),
      html: stripQuoteNotesAndParagraphIds(sectionHtml(outline, item.id, levelOf(item.id), seen)),
      children: [],
    } satisfies SectionBlock,
  }));
  return {
    title: t('fullText.title'),
    description: `${t('fullText.title')}: ${header.title} — “${header.theme ?? ''}”.`,
    masthead: mastheadView(header),
    themeHtml,
    sections,
    signature: closing?.signature as SignatureView | undefined,
  };
}

/** A passage of the outline quoted on another page, with where it stands. */
export interface CitedPassageView {
  text: string;
  /** The section and paragraph, e.g. "a-ii-3.html#a-ii-3-p2". */
  path: string;
  section: string;
  remark?: string;
}

function citedPassage(outline: Outline, section: string, paragraph: string, text: string, remark?: string): CitedPassageView {
  return { text, path: `${sectionPath(section)}#${paragraph}`, section: sectionLabel(outline.byId.get(section)!), remark };
}

/** Where the outline names the document, in reading order. */
export function citationsOf(outline: Outline, documentId: string): SectionCitation[] {
  return outline.citations.filter((c) => c.document === documentId);
}

/** The passages an area page quotes, each with its section. */
export function quotedPassagesOf(outline: Outline, area: AreaItem): QuotedPassage[] {
  return area.passages.flatMap((spec) => resolvePassage(spec, outline.passagesOf.get(spec.section) ?? []) ?? []);
}

export function documentView(outline: Outline, doc: DocumentItem) {
  // A field facts.md gives no value for is left out; one it marks UNKNOWN says so in the content.
  const rows: Array<[string, string | undefined]> = [
    [t('document.number'), doc.number ?? t('document.noNumber')],
    [t('document.kind'), doc.kind],
    [t('document.issuer'), doc.issuer],
    [doc.group === 'dai-hoi' ? t('document.held') : t('document.issued'), doc.issued],
    [t('document.summary'), doc.summary],
    [t('document.inForce'), doc.inForce],
    [t('document.status', { checked: doc.checked }), doc.status],
    [t('document.amendedBy'), doc.amendedBy],
    [t('document.replacedBy'), doc.replacedBy],
  ];
  return {
    path: documentPath(doc.id),
    title: doc.title,
    description: `${doc.title}${doc.summary ? `: ${doc.summary}` : ''}. ${t('document.status', { checked: doc.checked })}: ${doc.status}.`,
    breadcrumbs: [{ title: t('documents.title'), path: PAGES.documents }, { title: doc.title }] as Crumb[],
    notice: doc.notice,
    rows: rows.filter((row): row is [string, string] => row[1] !== undefined),
    sources: doc.sources.map((url) => ({ url, host: new URL(url).hostname })),
    hasNotes: Boolean(doc.entry.body?.trim()),
    citations: citationsOf(outline, doc.id).map((c) => citedPassage(outline, c.section, c.paragraph, c.sentence, c.editorial ? t('document.citedEditorial') : undefined)),
    areas: outline.areas.filter((a) => a.documents.includes(doc.id)).map((a) => ({ title: a.title, path: areaPath(a.id) })),
  };
}

export function documentsIndexView(outline: Outline) {
  return (['dang', 'phap-luat', 'dai-hoi'] as const)
    .map((group) => ({
      group,
      title: t(`documents.group.${group}`),
      documents: outline.documents
        .filter((d) => d.group === group)
        .sort((a, b) => a.title.localeCompare(b.title, 'vi'))
        .map((d) => ({ title: d.title, path: documentPath(d.id), kind: d.kind, issuer: d.issuer ?? '—', issued: d.issued ?? '—', status: d.status })),
    }))
    .filter((g) => g.documents.length > 0);
}

export function areaView(outline: Outline, area: AreaItem) {
  const quoted = quotedPassagesOf(outline, area).map((p) => ({ ...citedPassage(outline, p.section, p.paragraph, p.text), part: outline.byId.get(p.section)!.part }));
  return {
    path: areaPath(area.id),
    title: area.title,
    description: t('area.description', { title: area.title, item: area.listItem }),
    breadcrumbs: [{ title: t('areas.title'), path: PAGES.areas }, { title: area.title }] as Crumb[],
    listItem: area.listItem,
    hasIntro: Boolean(area.entry.body?.trim()),
    parts: [
      { id: 'phan-a', title: t('area.partA'), passages: quoted.filter((p) => p.part === 'A') },
      { id: 'phan-b', title: t('area.partB'), passages: quoted.filter((p) => p.part === 'B') },
    ].filter((part) => part.passages.length > 0),
    documents: area.documents.map((id) => outline.documents.find((d) => d.id === id)!).map((d) => ({ title: d.title, path: documentPath(d.id), summary: d.summary })),
    sections: outline.pages.filter((s) => s.areas.includes(area.id)).map((s) => ({ title: sectionLabel(s), path: sectionPath(s.id) })),
  };
}

export function areasIndexView(outline: Outline) {
  return outline.areas.map((a) => ({ title: a.title, path: areaPath(a.id), listItem: a.listItem }));
}

export function quotationsView(outline: Outline) {
  const order = (section: string) => outline.byId.get(section)!.order;
  return [...outline.quotations]
    .sort((a, b) => order(a.section) - order(b.section))
    .map((q) => ({
      ...q,
      readAt: q.url ? { url: q.url, host: new URL(q.url).hostname } : undefined,
      relatedAt: q.related ? { url: q.related, host: new URL(q.related).hostname } : undefined,
      documentLink: q.document ? { title: outline.documents.find((d) => d.id === q.document)?.title ?? '', path: documentPath(q.document) } : undefined,
      where: { title: sectionLabel(outline.byId.get(q.section)!), path: `${sectionPath(q.section)}#trich-${q.id}` },
    }));
}

export function glossaryView(outline: Outline) {
  return [...outline.glossary].sort((a, b) => a.term.localeCompare(b.term, 'vi'));
}

export function correctionsView(outline: Outline) {
  return (['sua-loi', 'danh-so', 'ghi-chu'] as const)
    .map((kind) => ({
      kind,
      title: t(`corrections.kind.${kind}`),
      entries: outline.corrections.filter((c) => c.kind === kind).map((c) => ({ ...c, where: { title: sectionLabel(outline.byId.get(c.section)!), path: sectionPath(c.section) } })),
    }))
    .filter((group) => group.entries.length > 0);
}

/** The glossary terms search treats as the same words as their full forms (src/search/synonyms.ts). */
export function searchSynonyms(outline: Outline) {
  return outline.glossary.filter((g) => g.synonym).flatMap((g) => [g.term, ...g.aliases].map((short) => ({ short, full: g.full })));
}

export function worksheetView(outline: Outline) {
  const { header, closing, areas, byId } = outline;
  const partB = outline.items.find((s) => s.kind === 'part' && s.part === 'B' && !s.parent);
  /** The example for an area: what the outline's own cell wrote in Part B's results. */
  const examplesOf = (area: AreaItem) =>
    quotedPassagesOf(outline, area).filter((p) => byId.get(p.section)?.part === 'B' && !byId.get(p.section)?.listsAreas).map((p) => p.text);
  return {
    outlineTitle: header.title,
    example: header.masthead.cell,
    party: header.masthead.party,
    printTitle: partB ? `${partB.label ?? ''} ${partB.title}` : t('worksheet.title'),
    general: [
      { name: 'superior', label: t('worksheet.superior'), type: 'text', sample: header.masthead.superior },
      { name: 'cell', label: t('worksheet.cell'), type: 'text', sample: header.masthead.cell },
      { name: 'place', label: t('worksheet.place'), type: 'text', sample: header.masthead.place },
      { name: 'date', label: t('worksheet.date'), type: 'date', sample: formatVietnameseDate(header.masthead.date) },
      { name: 'reporter', label: t('worksheet.reporter'), type: 'text', sample: closing?.signature?.name ?? '' },
    ],
    areas: areas.map((area) => ({ id: area.id, title: area.title, counts: area.counts, examples: examplesOf(area) })),
    signature: closing?.signature as SignatureView | undefined,
  };
}
