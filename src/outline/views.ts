/**
 * The data each page needs, shaped from the outline, so that pages and components only lay
 * it out. Links are site paths (routes.ts); a page turns them into relative hrefs.
 */
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { PAGES, areaPath, correctionPath, documentPath, glossaryPath, sectionPath } from '../site/routes';
import type { KnownDocument } from '../search/document-numbers';
import { slugifyVietnamese } from '../site/slug';
import { sourceLink } from '../site/sources';
import { readingMinutes } from '../site/reading-time';
import { firstWordsHint, inlineLinksHtml, withoutFinalStop } from '../site/text';
import { t } from '../site/ui-strings';
import { formatVietnameseDate } from '../site/vietnamese-date';
import { storageKey } from '../site/worksheet';
import { resolvePassage, type QuotedPassage } from './area-passages';
import { headingHtml } from './annotate/corrections';
import { markAbbreviations } from './annotate/mark-abbreviations';
import { quotedPassageHtml } from './annotate/passage-html';
import { addParagraphLinks, headingsOf, shiftHeadings, stripParagraphIds, type HeadingLink } from './annotate/section-html';

export type { HeadingLink };
import type { AreaItem, CorrectionItem, DocumentItem, HeaderItem, Outline, SectionCitation, SectionItem } from './load';
import { ancestorsOf, fullHeading, hasOwnPage, menuTitle, placeOf, previousAndNext, sectionLabel, type OutlineNode } from './nav';
import { makeSlides, quotationDetails, quotationSize, type SlideDocument } from './slides';

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
  /** The heading with its corrections marked (a restored number, a corrected title). */
  headingHtml: string;
  /** Its own text, ready to show. */
  html: string;
  /** Where it stands ("Phần B", "Mục A.I.2": what a teacher types to find it) and, for a section with text of its own, its reading time. */
  meta?: { place?: string; minutes?: number };
  /** The sections of a part, listed as links (section pages only). */
  children: Link[];
  /** The words that close a part (kind "part-end"), after the list of its sections (section pages only). */
  closingHtml?: string;
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

/** The words that close a part (items of kind "part-end" under it). */
const partEndsOf = (outline: Outline, id: string) => outline.items.filter((i) => i.kind === 'part-end' && i.parent === id);

/** The heading as the section's own page and the full text show it: its corrections marked like those of the text. */
function markedHeading(outline: Outline, item: SectionItem): string {
  const fix = (id?: string) => (id ? outline.corrections.find((c) => c.id === id) : undefined);
  return headingHtml(item, { label: fix(item.labelFix), title: fix(item.titleFix) });
}

export function mastheadView(header: HeaderItem): MastheadView {
  const { superior, cell, party, place, date } = header.masthead;
  return { superior, cell, party, place, date: formatVietnameseDate(date), docType: header.docType, docSubtitle: header.docSubtitle };
}

/** The site's frame (header, footer, menu). */
export function frameView(outline: Outline) {
  // Inside sentences (footer) the cell is named as a sentence writes it, not in the masthead's capitals.
  return { siteTitle: outline.header.title, cell: outline.header.masthead.cellName, tree: treeView(outline) };
}

const trees = new WeakMap<Outline, TreeEntry[]>();

/** The outline's tree with reading times and hints; made once per build, as every page's menu shows it. */
export function treeView(outline: Outline): TreeEntry[] {
  const entry = (node: OutlineNode<SectionItem>): TreeEntry => {
    const text = textWithin(outline, node.item.id);
    // A part with no words of its own says what it holds, rather than repeat its first section's words.
    const own = outline.textOf.get(node.item.id) ?? '';
    const hint = !own && node.children.length ? t('home.partHint', { count: node.children.length }) : firstWordsHint(text, 20);
    return { id: node.item.id, ...linkTo(node.item), minutes: readingMinutes(text), hint, children: node.children.map(entry) };
  };
  let tree = trees.get(outline);
  if (!tree) trees.set(outline, (tree = outline.tree.map(entry)));
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

/** What a section concerns and names: areas and themes, cited documents, named events, and documents only its editor's note names. */
function relationsOf(outline: Outline, item: SectionItem) {
  const concerned = outline.areas.filter((a) => item.areas.includes(a.id));
  const cited = item.cites.map((id) => documentById(outline, id));
  const editorial = [...new Set(outline.citations.filter((c) => c.section === item.id && c.editorial).map((c) => c.document))].filter((id) => !item.cites.includes(id));
  const areaLink = (a: AreaItem): Link => ({ title: a.title, path: areaPath(a.id) });
  return {
    areas: concerned.filter((a) => a.group === 'linh-vuc').map(areaLink),
    themes: concerned.filter((a) => a.group === 'chu-de').map(areaLink),
    documents: cited.filter((d) => d.group !== 'dai-hoi').map((d) => documentEntry(outline, d)),
    events: cited.filter((d) => d.group === 'dai-hoi').map((d) => documentEntry(outline, d)),
    editorial: editorial.map((id) => ({ ...documentEntry(outline, documentById(outline, id)), remark: undefined })),
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

/** A passage of the outline quoted on another page, with where it stands. */
export interface CitedPassageView {
  text: string;
  /** The same words with the marks they have in the outline (corrections, document links), hrefs relative to the page. */
  html: string;
  /** The section and paragraph, e.g. "a-ii-3.html#a-ii-3-p2". */
  path: string;
  /** How pages name the section, e.g. "Mục A.II.3 · 3. Những tồn tại…". */
  section: string;
  sectionId: string;
  /** The editor's notes on these words (e.g. the wrong decree number in B.I.4), as HTML with their document links. */
  editorNotes: Array<{ html: string; path: string }>;
}

const blockRoots = new WeakMap<Outline, Map<string, HTMLElement>>();

/** A section's HTML, parsed once. */
function sectionRoot(outline: Outline, section: string): HTMLElement {
  let roots = blockRoots.get(outline);
  if (!roots) blockRoots.set(outline, (roots = new Map()));
  let root = roots.get(section);
  if (!root) roots.set(section, (root = parseHtml(outline.htmlOf.get(section) ?? '')));
  return root;
}

/** The HTML of a paragraph, list item or heading of a section, by its id ('' when there is none). */
function blockHtml(outline: Outline, section: string, paragraph: string): string {
  return sectionRoot(outline, section).getElementById(paragraph)?.innerHTML ?? '';
}

/** The HTML of the editor's note `id` where it stands in its section (with the links to the documents it names). */
function editorNoteHtml(outline: Outline, section: string, id: string): string {
  const aside = sectionRoot(outline, section)
    .querySelectorAll('aside.editor-note')
    .find((a) => a.querySelector(`a[href="${correctionPath(id)}"]`));
  return aside?.innerHTML ?? '';
}

/** `text`, a passage of `section`, as the page `from` quotes it. */
function citedPassage(outline: Outline, from: string, section: string, paragraph: string, text: string): CitedPassageView {
  return {
    text,
    html: quotedPassageHtml(text, blockHtml(outline, section, paragraph), from),
    path: `${sectionPath(section)}#${paragraph}`,
    section: sectionLabel(outline.byId.get(section)!),
    sectionId: section,
    editorNotes: outline.corrections
      .filter((c) => c.kind === 'ghi-chu' && c.section === section && text.includes(c.original))
      .map((c) => ({ html: quotedPassageHtml(c.note, editorNoteHtml(outline, section, c.id), from), path: correctionPath(c.id) })),
  };
}

/** Where the outline names the document, in reading order. */
export function citationsOf(outline: Outline, documentId: string): SectionCitation[] {
  return outline.citations.filter((c) => c.document === documentId);
}

/** The passages an area page quotes, each with its section. */
export function quotedPassagesOf(outline: Outline, area: AreaItem): QuotedPassage[] {
  const place = (p: QuotedPassage) => [outline.byId.get(p.section)!.order, (outline.passagesOf.get(p.section) ?? []).findIndex((b) => b.id === p.paragraph)];
  // In the outline's reading order, whatever the order of the area file's list.
  return area.passages
    .flatMap((spec) => resolvePassage(spec, outline.passagesOf.get(spec.section) ?? []) ?? [])
    .sort((a, b) => {
      const [sa, pa] = place(a);
      const [sb, pb] = place(b);
      return sa - sb || pa - pb;
    });
}

/** A document as lists show it: its name and link, its status in a few words, or that it is an event. */
export interface DocumentEntry extends Link {
  /** "Tình trạng (cập nhật 11/2026): Còn hiệu lực"; undefined for a congress (an event). */
  status?: string;
  /** "(nêu trong ghi chú biên tập)" when only an editor's note names it, never the outline itself. */
  remark?: string;
  event: boolean;
}

/** True when an editor's note names the document but the outline's own words never do. */
export function isEditorialOnly(outline: Outline, documentId: string): boolean {
  const cited = citationsOf(outline, documentId);
  return cited.length > 0 && cited.every((c) => c.editorial);
}

export function documentEntry(outline: Outline, doc: DocumentItem): DocumentEntry {
  const event = doc.group === 'dai-hoi';
  return {
    title: doc.title,
    path: documentPath(doc.id),
    status: event ? undefined : `${t('document.status', { checked: doc.checked ?? '' })}: ${doc.statusShort}`,
    remark: isEditorialOnly(outline, doc.id) ? t('document.citedEditorial') : undefined,
    event,
  };
}

const documentById = (outline: Outline, id: string) => outline.documents.find((d) => d.id === id)!;

/** The first letter in lower case, to continue a sentence with a field ("Đề ra …" → "đề ra …"). */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

export function documentView(outline: Outline, doc: DocumentItem) {
  const event = doc.group === 'dai-hoi';
  // A field facts.md gives no value for is left out; one it marks UNKNOWN says so in the content.
  const rows: Array<[string, string | undefined]> = event
    ? [
        [t('event.held'), doc.held],
        [t('event.place'), doc.place],
        [t('event.delegates'), doc.delegates],
        [t('event.outcome'), doc.outcome],
      ]
    : [
        [t('document.number'), doc.number],
        [t('document.kind'), doc.kind],
        [t('document.issuer'), doc.issuer],
        [t('document.issued'), doc.issued],
        [t('document.summary'), doc.summary],
        [t('document.structure'), doc.structure],
        [t('document.inForce'), doc.inForce],
        [t('document.status', { checked: doc.checked ?? '' }), doc.status],
        [t('document.amendedBy'), doc.amendedBy],
        [t('document.replacedBy'), doc.replacedBy],
      ];
  const about = doc.summary ? `: ${lowerFirst(doc.summary)}` : doc.structure ? `: ${t('document.structureIs', { structure: doc.structure })}` : '';
  const description = event
    ? `${doc.title} (${doc.place}, ${doc.held})${doc.outcome ? `: ${lowerFirst(doc.outcome)}` : ''}.`
    : `${doc.title}${about}. ${t('document.status', { checked: doc.checked ?? '' })}: ${lowerFirst(doc.statusShort ?? '')}.`;
  const editorialOnly = isEditorialOnly(outline, doc.id);
  // The outline's own words first; an editor's note is listed only for a document the outline never names.
  const cited = citationsOf(outline, doc.id).filter((c) => editorialOnly || !c.editorial);
  return {
    path: documentPath(doc.id),
    title: doc.title,
    description,
    breadcrumbs: [{ title: t('documents.title'), path: PAGES.documents }, { title: doc.title }] as Crumb[],
    noticeHtml: doc.notice ? inlineLinksHtml(doc.notice) : undefined,
    metadataTitle: t(event ? 'event.metadata' : 'document.metadata'),
    rows: rows.filter((row): row is [string, string] => row[1] !== undefined),
    sources: doc.sources.map(sourceLink),
    hasNotes: Boolean(doc.entry.body?.trim()),
    citedTitle: t(event ? 'event.mentioned' : editorialOnly ? 'document.citedEditorialOnly' : 'document.cited'),
    citations: cited.map((c) => citedPassage(outline, documentPath(doc.id), c.section, c.paragraph, c.sentence)),
    areas: outline.areas.filter((a) => a.documents.includes(doc.id)).map((a) => ({ title: a.title, path: areaPath(a.id) })),
  };
}

/**
 * The list of documents: a table per group. Its first column names the document (a congress, for
 * the group of congresses); `columns` are the others, and each document's `cells` fill them in order.
 */
export function documentsIndexView(outline: Outline) {
  return (['dang', 'phap-luat', 'dai-hoi'] as const)
    .map((group) => {
      const event = group === 'dai-hoi';
      const columns = event ? (['held', 'place'] as const) : (['kind', 'issuer', 'date', 'status'] as const);
      return {
        group,
        title: t(`documents.group.${group}`),
        nameColumn: t(event ? 'documents.col.event' : 'documents.col.name'),
        columns: columns.map((column) => ({ label: t(`documents.col.${column}`), status: column === 'status' })),
        documents: outline.documents
          .filter((d) => d.group === group)
          .sort((a, b) => a.title.localeCompare(b.title, 'vi'))
          .map((d) => {
            const entry = documentEntry(outline, d);
            const issued = d.issued ?? d.held ?? '—';
            return {
              ...entry,
              remark: event ? undefined : entry.remark,
              cells: event ? [issued, d.place ?? '—'] : [d.kind ?? '', d.issuer ?? '—', issued, d.statusShort ?? ''],
            };
          }),
      };
    })
    .filter((g) => g.documents.length > 0);
}

export function areaView(outline: Outline, area: AreaItem) {
  const path = areaPath(area.id);
  const quoted = quotedPassagesOf(outline, area).map((p) => ({ ...citedPassage(outline, path, p.section, p.paragraph, p.text), part: outline.byId.get(p.section)!.part }));
  const partB = quoted.filter((p) => p.part === 'B');
  const kind = t(`area.kind.${area.group}`);
  const description =
    area.description ??
    t(partB.length ? (area.documents.length ? 'area.description.full' : 'area.description.results') : 'area.description.plain', { title: area.title, kind });
  return {
    path,
    title: area.title,
    description,
    breadcrumbs: [{ title: t('areas.title'), path: PAGES.areas }, { title: area.title }] as Crumb[],
    framework: t(`area.framework.${area.group}`),
    nameSource: area.nameSource ? sourceLink(area.nameSource) : undefined,
    listItem: area.listItem,
    hasIntro: Boolean(area.entry.body?.trim()),
    parts: [
      { id: 'phan-a', title: t('area.partA'), passages: quoted.filter((p) => p.part === 'A'), empty: undefined },
      // Part B's list names every area; where the outline gives no result of the cell's own, the page says so.
      { id: 'phan-b', title: t('area.partB'), passages: partB, empty: partB.length ? undefined : t('area.noUnitResults', { kind }) },
    ].filter((part) => part.passages.length > 0 || part.empty),
    documents: area.documents.map((id) => ({ ...documentEntry(outline, documentById(outline, id)), summary: documentById(outline, id).summary })),
    sectionsTitle: t(`area.sections.${area.group}`),
    sections: outline.pages.filter((s) => s.areas.includes(area.id)).map((s) => ({ title: sectionLabel(s), path: sectionPath(s.id) })),
  };
}

export function areasIndexView(outline: Outline) {
  const sources = [...new Set(outline.areas.flatMap((a) => (a.nameSource ? [a.nameSource] : [])))].map(sourceLink);
  return {
    sources,
    groups: (['linh-vuc', 'chu-de'] as const)
      .map((group) => ({
        group,
        title: t(`areas.group.${group}`),
        intro: group === 'chu-de' ? t('areas.themesIntro') : undefined,
        areas: outline.areas.filter((a) => a.group === group).map((a) => ({ title: a.title, path: areaPath(a.id), listItem: a.listItem })),
      }))
      .filter((g) => g.areas.length > 0),
  };
}

export function quotationsView(outline: Outline) {
  const place = (q: { section: string; text: string }) => {
    const at = (outline.textOf.get(q.section) ?? '').indexOf(q.text);
    return [outline.byId.get(q.section)!.order, at === -1 ? Number.MAX_SAFE_INTEGER : at];
  };
  const entries = [...outline.quotations]
    .sort((a, b) => {
      const [sa, pa] = place(a);
      const [sb, pb] = place(b);
      return sa - sb || pa - pb;
    })
    .map((q) => ({
      ...q,
      whose: q.speaker ? { label: t('quote.speaker'), value: q.speaker } : q.origin ? { label: t('quote.origin'), value: q.origin } : undefined,
      sourceText: q.status === 'unknown' ? t('quote.unknown') : (q.source ?? ''),
      readAt: q.url ? sourceLink(q.url) : undefined,
      relatedAt: q.related ? sourceLink(q.related) : undefined,
      documentLink: q.document
        ? {
            label: t(documentById(outline, q.document).group === 'dai-hoi' ? 'documents.col.event' : 'documents.col.name'),
            title: documentById(outline, q.document).title,
            path: documentPath(q.document),
          }
        : undefined,
      where: { title: sectionLabel(outline.byId.get(q.section)!), path: `${sectionPath(q.section)}#trich-${q.id}` },
    }));
  const emphasis = entries.filter((q) => q.kind === 'nhan-manh').map((q) => q.text);
  const words = emphasis.length > 1 ? `${emphasis.slice(0, -1).join(', ')} ${t('quotations.and')} ${emphasis.at(-1)}` : (emphasis[0] ?? '');
  return {
    quotations: entries.filter((q) => q.kind === 'trich-dan'),
    expressions: entries.filter((q) => q.kind === 'cum-tu'),
    emphasis: words ? t('quotations.emphasis', { words }) : undefined,
  };
}

export function glossaryView(outline: Outline) {
  const quoted = (spellings: string[]) => spellings.map((a) => `“${a}”`).join(', ');
  return (['de-cuong', 'ten-rieng', 'lien-quan'] as const)
    .map((group) => ({
      group,
      title: t(`glossary.group.${group}`),
      terms: outline.glossary
        .filter((g) => g.group === group)
        .sort((a, b) => a.term.localeCompare(b.term, 'vi'))
        .map((g) => ({ ...g, aliasesText: g.aliases.length ? t('glossary.aliases', { aliases: quoted(g.aliases) }) : undefined })),
    }))
    .filter((g) => g.terms.length > 0);
}

export function correctionsView(outline: Outline) {
  // In reading order: by section, then where the correction stands (a heading's before its text).
  const placeOf = (c: CorrectionItem) => {
    const item = outline.byId.get(c.section)!;
    const inHeading = item.titleFix === c.id || item.labelFix === c.id;
    return [item.order, inHeading ? -1 : (item.entry.body ?? '').search(new RegExp(`id=["']${c.id}["']`))];
  };
  const sorted = [...outline.corrections].sort((a, b) => {
    const [sa, pa] = placeOf(a);
    const [sb, pb] = placeOf(b);
    return sa - sb || pa - pb;
  });
  return (['sua-loi', 'de-muc', 'danh-so', 'ghi-chu'] as const)
    .map((kind) => ({
      kind,
      title: t(`corrections.kind.${kind}`),
      entries: sorted
        .filter((c) => c.kind === kind)
        .map((c) => ({
          ...c,
          where: { title: sectionLabel(outline.byId.get(c.section)!), path: sectionPath(c.section) },
          // The documents the note names (by the words that name them in the outline), linked.
          documents: outline.documents
            .filter((d) => d.mentions.some((words) => c.note.includes(words)))
            .map((d) => ({ title: d.title, path: documentPath(d.id) })),
          // An editor's note keeps the outline's sentence as it is and explains it.
          labels: kind === 'ghi-chu' ? { original: t('corrections.noteOriginal'), note: t('corrections.noteText') } : { original: t('corrections.original'), note: t('corrections.why') },
        })),
    }))
    .filter((group) => group.entries.length > 0);
}

/** The numbered documents, for the search page to say when a query names one the outline does not cite (src/search/document-numbers.ts). */
export function searchDocuments(outline: Outline): KnownDocument[] {
  return outline.documents
    .filter((d) => d.number && d.kind)
    .map((d) => {
      const editorial = isEditorialOnly(outline, d.id);
      const section = editorial ? outline.byId.get(citationsOf(outline, d.id)[0].section)?.number : undefined;
      const issuedYear = d.issued ? /\d{4}$/.exec(d.issued)?.[0] : undefined;
      return { kind: d.kind!, number: d.number!, cited: editorial ? 'editorial' : 'cited', path: documentPath(d.id), ...(section ? { section } : {}), ...(issuedYear ? { issuedYear } : {}) } satisfies KnownDocument;
    });
}

/** The glossary terms search treats as the same words as their full forms (src/search/synonyms.ts). */
export function searchSynonyms(outline: Outline) {
  return outline.glossary.filter((g) => g.synonym).flatMap((g) => [g.term, ...g.aliases].map((short) => ({ short, full: g.full })));
}

/** One answer box of the worksheet: its form name, the label it is known by in messages (an import error names the box). */
export interface WorksheetField {
  name: string;
  id: string;
  label: string;
}

export function worksheetView(outline: Outline) {
  const { header, closing, areas, byId } = outline;
  const path = PAGES.worksheet;
  const partB = outline.items.find((s) => s.kind === 'part' && s.part === 'B' && !s.parent);
  /** The example for an area: what the outline's own cell wrote in Part B's results, with the marks it has there. */
  const examplesOf = (area: AreaItem) =>
    quotedPassagesOf(outline, area)
      .filter((p) => byId.get(p.section)?.part === 'B' && !byId.get(p.section)?.listsAreas)
      .map((p) => citedPassage(outline, path, p.section, p.paragraph, p.text));
  const areaView = (area: AreaItem) => {
    const examples = examplesOf(area);
    const sections = [...new Set(examples.map((e) => outline.byId.get(e.sectionId)!.number))];
    return {
      id: area.id,
      title: area.title,
      answer: { name: `area:${area.id}`, id: `ws-area-${area.id}`, label: t('worksheet.resultsOf', { area: area.title }) } satisfies WorksheetField,
      counts: area.counts.map((label) => {
        const slug = slugifyVietnamese(label);
        return { text: label, name: `count:${slug}`, id: `ws-count-${slug}`, label: t('worksheet.countOf', { label }) } satisfies WorksheetField & { text: string };
      }),
      examples,
      exampleTitle: sections.length
        ? t('worksheet.exampleBoxFrom', { example: header.masthead.cellName, sections: sections.join(', ') })
        : t('worksheet.exampleBox', { example: header.masthead.cellName }),
    };
  };
  const general = (name: string, label: string, type: 'text' | 'date', sample: string) => ({ name, id: `ws-${name}`, label, type, sample });
  return {
    outlineTitle: header.title,
    // Each outline keeps its own worksheet in the browser (two quarters, two USB copies).
    storageKey: storageKey({ cell: header.masthead.cell, title: header.title, date: header.masthead.date.toISOString().slice(0, 10) }),
    example: header.masthead.cellName,
    party: header.masthead.party,
    printTitle: partB ? `${partB.label ?? ''} ${partB.title}` : t('worksheet.title'),
    general: [
      // The masthead's own two lines keep its capitals: they show how the header is written.
      general('superior', t('worksheet.superior'), 'text', header.masthead.superior),
      general('cell', t('worksheet.cell'), 'text', header.masthead.cell),
      general('place', t('worksheet.place'), 'text', header.masthead.place),
      general('date', t('worksheet.date'), 'date', formatVietnameseDate(header.masthead.date)),
      general('reporter', t('worksheet.reporter'), 'text', closing?.signature?.name ?? ''),
    ],
    areas: areas.filter((a) => a.group === 'linh-vuc').map(areaView),
    themes: areas.filter((a) => a.group === 'chu-de').map(areaView),
    signature: closing?.signature as SignatureView | undefined,
  };
}

/** The documents a section's page lists with their status (not the events), as its slides list them. */
function slideDocuments({ documents, editorial }: ReturnType<typeof relationsOf>): SlideDocument[] {
  return [
    ...documents.map((d) => ({ title: d.title, remark: d.remark, status: d.status })),
    ...editorial.map((d) => ({ title: d.title, remark: t('document.citedEditorial'), status: d.status })),
  ];
}

/** Meeting mode: the whole outline as slides, made from the sections' own HTML (src/outline/slides.ts). */
export function presentationView(outline: Outline) {
  const { header, closing, pages } = outline;
  const masthead = mastheadView(header);
  const slides = makeSlides({
    title: {
      id: header.id,
      name: header.title,
      page: PAGES.home,
      html: outline.htmlOf.get(header.id) ?? '',
      head: { left: [masthead.superior, masthead.cell], right: [masthead.party, `${masthead.place}, ${masthead.date}`], docType: masthead.docType, docSubtitle: masthead.docSubtitle },
    },
    // The words that close a part follow the last section before them, where the outline has them.
    sections: pages.map((item) => ({
      id: item.id,
      heading: fullHeading(item),
      name: sectionLabel(item),
      page: sectionPath(item.id),
      html: [item, ...outline.items.filter((end) => end.kind === 'part-end' && outline.pages.filter((p) => p.order < end.order).at(-1)?.id === item.id)]
        .map((part) => outline.htmlOf.get(part.id) ?? '')
        .join(''),
      documents: slideDocuments(relationsOf(outline, item)),
    })),
    // The quotations the outline attributes, worded as the quotations page words them.
    quotations: quotationsView(outline).quotations.map((q) => ({ id: q.id, text: q.text, speaker: q.whose?.value ?? '', speakerLabel: q.whose?.label, status: q.sourceText, note: q.note })),
    unattributed: outline.quotations.filter((q) => q.kind !== 'trich-dan').map((q) => q.id),
    signature: closing?.signature as SignatureView | undefined,
  });
  const labels = { speaker: t('quote.speaker'), source: t('quote.source'), note: t('document.notes') };
  return {
    title: t('presentation.title'),
    description: t('presentation.description'),
    masthead,
    slides: slides.map((slide) => {
      const details = slide.quote ? quotationDetails(slide.quote, labels) : undefined;
      return { ...slide, total: slides.length, details, quoteSize: slide.quote && details ? quotationSize(slide.quote, details) : undefined };
    }),
  };
}
