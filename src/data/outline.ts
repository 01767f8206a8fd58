/**
 * The one place pages get the outline from. Once per build it loads the collections,
 * checks how they point at each other (P4), renders every section and annotates it
 * (src/lib/annotate-section.ts): paragraph ids, links to the cited documents, quotations.
 * From that one pass come the citations shown on document pages and the passages quoted
 * on area pages, so nothing of the sort is ever typed by hand.
 */
import { AstroError } from 'astro/errors';
import { getCollection, type CollectionEntry } from 'astro:content';
import { annotateSection, type Citation, type Passage } from '../lib/annotate-section';
import { resolvePassage, type QuotedPassage } from '../lib/area-passages';
import { ContentValidationError, throwIfProblems } from '../lib/content-error';
import { escapeHtml } from '../lib/html-text';
import { markAbbreviations } from '../lib/mark-abbreviations';
import { shiftHeadings } from '../lib/section-html';
import { plainTextFromMdx } from '../lib/mdx-text';
import { buildOutlineTree, readingOrder, sortByOrder } from '../lib/outline-nav';
import { STATIC_PAGES } from '../lib/site-pages';
import { t } from '../lib/ui-strings';
import { validateOutline } from '../lib/validate-outline';
import { validateRelations } from '../lib/validate-relations';
import { contentRoot } from './content-root';
import { renderSection } from './render-section';

export type Section = CollectionEntry<'de-cuong'>;
export type SectionItem = Section['data'] & { id: string; entry: Section };
export type DocumentItem = CollectionEntry<'van-ban'>['data'] & { id: string; entry: CollectionEntry<'van-ban'> };
export type AreaItem = CollectionEntry<'linh-vuc'>['data'] & { id: string; entry: CollectionEntry<'linh-vuc'> };
export type QuotationItem = CollectionEntry<'trich-dan'>['data'] & { id: string };
export type GlossaryItem = CollectionEntry<'thuat-ngu'>['data'] & { id: string };

/** Site path of a document's or an area's page. */
export const documentPath = (id: string) => `van-ban/${id}.html`;
export const areaPath = (id: string) => `linh-vuc/${id}.html`;

function fileOf(entry: { filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

/** The note shown after a paragraph that holds a quotation: whose words, and the source status. */
function quotationNote(q: QuotationItem): string {
  const secondary = q.status === 'secondary' && !q.source?.includes(t('quote.secondary')) ? ` (${t('quote.secondary')})` : '';
  const source = q.status === 'unknown' ? t('quote.unknown') : `${q.source ?? ''}${secondary}`;
  const short = q.text.length > 60 ? `${q.text.slice(0, q.text.lastIndexOf(' ', 57))}…` : q.text;
  return `<strong>${t('quote.label')}</strong> “${escapeHtml(short)}”: ${escapeHtml(q.speaker)}. ${t('quote.source')}: ${escapeHtml(source)} <a href="trich-dan.html#${q.id}">${t('quote.more')}</a>`;
}

async function loadOutline() {
  const [sections, corrections, documentEntries, areaEntries, quotationEntries, glossaryEntries] = await Promise.all([
    getCollection('de-cuong'),
    getCollection('hieu-dinh'),
    getCollection('van-ban'),
    getCollection('linh-vuc'),
    getCollection('trich-dan'),
    getCollection('thuat-ngu'),
  ]);
  const root = contentRoot();
  const documents: DocumentItem[] = documentEntries.map((entry) => ({ ...entry.data, id: entry.id, entry }));
  const areas: AreaItem[] = sortByOrder(areaEntries.map((entry) => ({ ...entry.data, id: entry.id, entry })));
  const quotations: QuotationItem[] = quotationEntries.map((entry) => ({ ...entry.data, id: entry.id }));
  const glossary: GlossaryItem[] = glossaryEntries.map((entry) => ({ ...entry.data, id: entry.id }));

  throwIfProblems(
    validateOutline({
      sections: sections.map((s) => ({ id: s.id, file: fileOf(s, `${root}/de-cuong/${s.id}.mdx`), data: s.data, body: s.body })),
      corrections: corrections.map((c) => ({ id: c.id, file: fileOf(c, `${root}/hieu-dinh/hieu-dinh.yaml`), data: c.data })),
      knownIds: { 'van-ban': new Set(documents.map((d) => d.id)), 'linh-vuc': new Set(areas.map((a) => a.id)) },
      otherPages: [...STATIC_PAGES, ...documents.map((d) => documentPath(d.id)), ...areas.map((a) => areaPath(a.id))],
    }),
  );

  const items: SectionItem[] = sortByOrder(sections.map((entry) => ({ ...entry.data, id: entry.id, entry })));
  const mentions = documents.map((d) => ({ id: d.id, mentions: d.mentions, href: documentPath(d.id) }));
  const annotated = new Map(
    await Promise.all(
      items.map(async (item) => {
        const own = quotations.filter((q) => q.section === item.id);
        const marks = own.map((q) => ({ id: q.id, text: q.text, url: q.url, noteHtml: quotationNote(q) }));
        return [item.id, annotateSection(await renderSection(item.entry), item.id, mentions, marks)] as const;
      }),
    ),
  );
  const passages = new Map<string, Passage[]>([...annotated].map(([id, a]) => [id, a.passages]));
  throwIfProblems(
    validateRelations({
      passages,
      quotations: quotationEntries.map((q) => ({
        id: q.id,
        file: fileOf(q, `${root}/trich-dan/trich-dan.yaml`),
        section: q.data.section,
        text: q.data.text,
        found: annotated.get(q.data.section)?.quotations.includes(q.id) ?? false,
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
      areaLists: items.filter((s) => s.listsAreas).map((s) => ({ id: s.id, file: fileOf(s.entry, `${root}/de-cuong/${s.id}.mdx`) })),
      sections: items.map((s) => ({
        id: s.id,
        file: fileOf(s.entry, `${root}/de-cuong/${s.id}.mdx`),
        areas: s.areas,
        cites: s.cites,
        named: [...new Set(annotated.get(s.id)?.citations.map((c) => c.document) ?? [])],
      })),
      documents: new Set(documents.map((d) => d.id)),
    }),
  );

  const header = items.find((s) => s.kind === 'header');
  if (!header?.masthead) {
    throw new ContentValidationError([{ file: `${root}/de-cuong`, field: 'kind', message: 'no section of kind "header" with a "masthead"; expected one (the masthead and title block)' }]);
  }
  const corrected = new Map(corrections.map((c) => [c.id, c.data.corrected]));
  const orderOf = new Map(items.map((s) => [s.id, s.order]));
  const citations: Array<Citation & { section: string }> = [...annotated].flatMap(([section, a]) => a.citations.map((c) => ({ ...c, section })));
  return {
    items,
    header: { ...header, masthead: header.masthead },
    closing: items.find((s) => s.kind === 'closing'),
    pages: readingOrder(items),
    tree: buildOutlineTree(items),
    byId: new Map(items.map((s) => [s.id, s])),
    /** Annotated HTML of each section's own text. */
    htmlOf: new Map([...annotated].map(([id, a]) => [id, a.html])),
    /** Plain text of each section's own body (for hints, reading times, descriptions). */
    textOf: new Map(items.map((s) => [s.id, plainTextFromMdx(s.entry.body ?? '', corrected)])),
    /** Corrections in the order of the sections they stand in. */
    corrections: corrections
      .map((c) => ({ ...c.data, id: c.id, order: items.find((s) => s.id === c.data.section)?.order ?? 0 }))
      .sort((a, b) => a.order - b.order),
    documents,
    /** Where the outline names each document, in reading order. */
    citationsOf: (documentId: string) =>
      citations
        .filter((c) => c.document === documentId)
        .sort((a, b) => orderOf.get(a.section)! - orderOf.get(b.section)!),
    areas,
    /** The passages an area page quotes, each with its section. */
    passagesOf: (area: AreaItem): QuotedPassage[] => area.passages.flatMap((spec) => resolvePassage(spec, passages.get(spec.section) ?? []) ?? []),
    quotations,
    glossary,
    /**
     * A section's HTML as a root-level page shows it: sub-headings one level below the section's
     * heading, and the first use on the page of each glossary term marked (`seen` is the page's).
     */
    sectionHtml: (id: string, level: number, seen: Set<string>) =>
      markAbbreviations(shiftHeadings(annotated.get(id)?.html ?? '', level + 1), glossary, seen, 'thuat-ngu.html'),
  };
}

export type Outline = Awaited<ReturnType<typeof loadOutline>>;

let cached: Promise<Outline> | undefined;
/** The validated, annotated outline (loaded once per build). */
export function getOutline(): Promise<Outline> {
  cached ??= loadOutline().catch((error: unknown) => {
    if (!(error instanceof ContentValidationError)) throw error;
    // Astro prints a user error as it is, with our hint instead of a generic one.
    throw new AstroError(error.message, 'Each line names the content file, the field and what was expected.');
  });
  return cached;
}
