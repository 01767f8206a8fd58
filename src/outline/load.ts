/**
 * The one place pages get the outline from. Once per build it loads the collections, checks
 * them (validate/, P4), renders every section and annotates it (annotate/): corrections,
 * paragraph ids, links to the cited documents, quotations. From that one pass come each
 * section's text, the citations shown on document pages and the passages quoted on area pages,
 * so nothing of the sort is ever typed by hand. Pages read it through views/ (a file per kind of page).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { areaPath, documentPath, quotationPath, STATIC_PAGES } from '../site/routes';
import { escapeHtml, inlineLinkTargets, withoutFinalStop } from '../site/text';
import { t } from '../site/ui-strings';
import { annotateSection, type Citation, type Passage } from './annotate/annotate-section';
import { fillCorrections } from './annotate/corrections';
import { contentRoot } from './content-root';
import { buildOutlineTree, readingOrder, sortByOrder, type OutlineNode } from './nav';
import { renderSection } from './render';
import { toBuildError } from './validate/build-error';
import { ContentValidationError, throwIfProblems } from './validate/problems';
import { validateRelations } from './validate/relations';
import { checkSafeHtml } from './validate/safe-html';
import { validateOutline } from './validate/structure';

type Data<C extends CollectionKey> = CollectionEntry<C>['data'];

export type SectionItem = Data<'de-cuong'> & { id: string; entry: CollectionEntry<'de-cuong'> };
export type HeaderItem = SectionItem & { masthead: NonNullable<SectionItem['masthead']> };
export type DocumentItem = Data<'van-ban'> & { id: string; entry: CollectionEntry<'van-ban'> };
export type AreaItem = Data<'linh-vuc'> & { id: string; entry: CollectionEntry<'linh-vuc'> };
export type QuotationItem = Data<'trich-dan'> & { id: string };
export type GlossaryItem = Data<'thuat-ngu'> & { id: string };
export type CorrectionItem = Data<'hieu-dinh'> & { id: string };
/** Where the outline names a document: the citation and the section it stands in. */
export type SectionCitation = Citation & { section: string };

export interface Outline {
  /** Every file of content/de-cuong, in reading order (header and closing included). */
  items: SectionItem[];
  /** The masthead and title block. */
  header: HeaderItem;
  /** The signature block, if any. */
  closing?: SectionItem;
  /** The sections that have a page, in reading order. */
  pages: SectionItem[];
  /** Those pages as a tree: parts with their sections. */
  tree: OutlineNode<SectionItem>[];
  byId: ReadonlyMap<string, SectionItem>;
  /** Each section's own text as rendered and annotated (corrections, ids, links, quotations). */
  htmlOf: ReadonlyMap<string, string>;
  /** Each section's own words as its page shows them: the one source of hints, reading times and descriptions. */
  textOf: ReadonlyMap<string, string>;
  /** Paragraphs and list items of each section. */
  passagesOf: ReadonlyMap<string, Passage[]>;
  /** Every place the outline names a document, in reading order. */
  citations: SectionCitation[];
  /** Corrections in the order of the sections they stand in. */
  corrections: CorrectionItem[];
  documents: DocumentItem[];
  /** Reform areas in the order of Part B's list. */
  areas: AreaItem[];
  quotations: QuotationItem[];
  glossary: GlossaryItem[];
}

function fileOf(entry: { filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** The note shown after a paragraph that holds a quotation: whose words (or where from), and the source. */
function quotationNote(q: QuotationItem): string {
  const source = q.status === 'unknown' ? t('quote.unknown') : withoutFinalStop(q.source ?? '');
  const short = q.text.length > 60 ? `${q.text.slice(0, q.text.lastIndexOf(' ', 57))}…` : q.text;
  const label = t(q.kind === 'cum-tu' ? 'quote.expression' : 'quote.label');
  const whose = q.speaker ? ` ${t('quote.speaker')}: ${escapeHtml(q.speaker)}.` : q.origin ? ` ${t('quote.origin')}: ${escapeHtml(q.origin)}.` : '';
  return `<strong>${label}</strong> “${escapeHtml(short)}”.${whose} ${t('quote.source')}: ${escapeHtml(source)}. <a href="${quotationPath(q.id)}">${t('quote.more')}</a>`;
}

async function loadOutline(): Promise<Outline> {
  const [sectionEntries, correctionEntries, documentEntries, areaEntries, quotationEntries, glossaryEntries] = await Promise.all([
    getCollection('de-cuong'),
    getCollection('hieu-dinh'),
    getCollection('van-ban'),
    getCollection('linh-vuc'),
    getCollection('trich-dan'),
    getCollection('thuat-ngu'),
  ]);
  const root = contentRoot();
  const sectionFile = (s: CollectionEntry<'de-cuong'>) => fileOf(s, `${root}/de-cuong/${s.id}.mdx`);
  const documents: DocumentItem[] = documentEntries.map((entry) => ({ ...entry.data, id: entry.id, entry }));
  const areas: AreaItem[] = sortByOrder(areaEntries.map((entry) => ({ ...entry.data, id: entry.id, entry })));
  const quotations: QuotationItem[] = quotationEntries.map((entry) => ({ ...entry.data, id: entry.id }));
  const glossary: GlossaryItem[] = glossaryEntries.map((entry) => ({ ...entry.data, id: entry.id }));
  const documentIds = new Set(documents.map((d) => d.id));

  throwIfProblems(
    validateOutline({
      sections: sectionEntries.map((s) => ({ id: s.id, file: sectionFile(s), data: s.data, body: s.body })),
      corrections: correctionEntries.map((c) => ({ id: c.id, file: fileOf(c, `${root}/hieu-dinh/hieu-dinh.yaml`), data: c.data })),
      knownIds: { 'van-ban': documentIds, 'linh-vuc': new Set(areas.map((a) => a.id)) },
      otherPages: [...STATIC_PAGES, ...documents.map((d) => documentPath(d.id)), ...areas.map((a) => areaPath(a.id))],
      fieldLinks: documents.map((d) => ({ file: fileOf(d.entry, `${root}/van-ban/${d.id}.md`), field: 'notice', page: documentPath(d.id), hrefs: inlineLinkTargets(d.notice ?? '') })),
    }),
  );

  const items: SectionItem[] = sortByOrder(sectionEntries.map((entry) => ({ ...entry.data, id: entry.id, entry })));
  const correctionTexts = new Map(correctionEntries.map((c) => [c.id, { ...c.data, id: c.id }]));
  const mentions = documents.map((d) => ({ id: d.id, mentions: d.mentions, href: documentPath(d.id) }));
  const renderedOf = new Map(await Promise.all(items.map(async (item) => [item.id, await renderSection(item.entry)] as const)));
  // No HTML that runs code, in the sections or in the notes of the document and area pages.
  const notes = await Promise.all([
    ...documents.map(async (d) => ({ file: fileOf(d.entry, `${root}/van-ban/${d.id}.md`), html: await renderSection(d.entry) })),
    ...areas.map(async (a) => ({ file: fileOf(a.entry, `${root}/linh-vuc/${a.id}.md`), html: await renderSection(a.entry) })),
  ]);
  throwIfProblems([...items.map((item) => ({ file: sectionFile(item.entry), html: renderedOf.get(item.id)! })), ...notes].flatMap(({ file, html }) => checkSafeHtml(file, html)));
  const annotated = new Map(
    items.map((item) => {
      const marks = quotations.filter((q) => q.section === item.id && q.kind !== 'nhan-manh').map((q) => ({ id: q.id, text: q.text, url: q.url, noteHtml: quotationNote(q) }));
      const html = fillCorrections(renderedOf.get(item.id)!, correctionTexts);
      return [item.id, annotateSection(html, item.id, mentions, marks)] as const;
    }),
  );
  const passagesOf = new Map([...annotated].map(([id, a]) => [id, a.passages]));
  throwIfProblems(
    validateRelations({
      passages: passagesOf,
      quotations: quotationEntries.map((q) => ({
        id: q.id,
        file: fileOf(q, `${root}/trich-dan/trich-dan.yaml`),
        section: q.data.section,
        text: q.data.text,
        // Emphasis is not marked up: it only has to stand in the text.
        found:
          q.data.kind === 'nhan-manh'
            ? (annotated.get(q.data.section)?.text.includes(q.data.text) ?? false)
            : (annotated.get(q.data.section)?.quotations.includes(q.id) ?? false),
        document: q.data.document,
      })),
      areas: areas.map((a) => ({
        id: a.id,
        file: fileOf(a.entry, `${root}/linh-vuc/${a.id}.md`),
        order: a.order,
        listItem: a.listItem,
        passages: a.passages,
        counts: a.counts,
        documents: a.documents,
      })),
      areaLists: items.filter((s) => s.listsAreas).map((s) => ({ id: s.id, file: sectionFile(s.entry) })),
      sections: items.map((s) => ({
        id: s.id,
        file: sectionFile(s.entry),
        areas: s.areas,
        cites: s.cites,
        // What an editor's note names is not cited by the outline: `cites` lists the outline's own citations.
        named: [...new Set(annotated.get(s.id)?.citations.filter((c) => !c.editorial).map((c) => c.document) ?? [])],
      })),
      documents: documentIds,
      namedInNotes: new Set([...annotated.values()].flatMap((a) => a.citations.filter((c) => c.editorial).map((c) => c.document))),
      documentFiles: documents.map((d) => ({ id: d.id, file: fileOf(d.entry, `${root}/van-ban/${d.id}.md`), mentions: d.mentions, number: d.number })),
      glossary: glossaryEntries.map((g) => ({ id: g.id, file: fileOf(g, `${root}/thuat-ngu/thuat-ngu.yaml`), term: g.data.term, aliases: g.data.aliases, group: g.data.group })),
      outlineText: items.map((s) => `${s.label ?? ''} ${s.title}\n${annotated.get(s.id)?.text ?? ''}`).join('\n'),
    }),
  );

  const header = items.find((s) => s.kind === 'header');
  if (!header?.masthead) {
    throw new ContentValidationError([{ file: `${root}/de-cuong`, field: 'kind', message: 'no section of kind "header" with a "masthead"; expected one (the masthead and title block)' }]);
  }
  const orderOf = (section: string) => items.find((s) => s.id === section)?.order ?? 0;
  return {
    items,
    header: { ...header, masthead: header.masthead },
    closing: items.find((s) => s.kind === 'closing'),
    pages: readingOrder(items),
    tree: buildOutlineTree(items),
    byId: new Map(items.map((s) => [s.id, s])),
    htmlOf: new Map([...annotated].map(([id, a]) => [id, a.html])),
    textOf: new Map([...annotated].map(([id, a]) => [id, a.text])),
    passagesOf,
    // Sections are annotated in reading order, so their citations already are.
    citations: [...annotated].flatMap(([section, a]) => a.citations.map((c) => ({ ...c, section }))),
    corrections: correctionEntries.map((c) => ({ ...c.data, id: c.id })).sort((a, b) => orderOf(a.section) - orderOf(b.section)),
    documents,
    areas,
    quotations,
    glossary,
  };
}

let cached: Promise<Outline> | undefined;
/** The validated, annotated outline (loaded once per build). */
export function getOutline(): Promise<Outline> {
  cached ??= loadOutline().catch((error: unknown) => {
    if (!(error instanceof ContentValidationError)) throw error;
    // Astro prints a user error as it is, with our hint instead of a generic one.
    throw toBuildError(error);
  });
  return cached;
}
