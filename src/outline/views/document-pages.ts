/** The page of each document the outline cites, and the list of them. */
import { PAGES, areaPath, documentPath } from '../../site/routes';
import { sourceLink } from '../../site/sources';
import { continuingSentence, inlineLinksHtml } from '../../site/text';
import { shortVietnameseDate } from '../../site/vietnamese-date';
import { t } from '../../site/ui-strings';
import type { DocumentItem, Outline } from '../load';
import { citedPassage } from './cited-passage';
import { citationsOf, documentEntry, isEditorialOnly } from './document-entry';
import type { Crumb } from './section-parts';

/** Kinds of document the Quốc hội votes: their date is the day it passed them (thông qua), which "ban hành" (promulgated) would not say. */
const PASSED_BY_VOTE = new Set(['Hiến pháp', 'Luật']);

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
        [t(PASSED_BY_VOTE.has(doc.kind ?? '') ? 'document.passed' : 'document.issued'), doc.issued],
        [t('document.summary'), doc.summary],
        [t('document.structure'), doc.structure],
        [t('document.inForce'), doc.inForce],
        [t('document.status', { checked: doc.checked ?? '' }), doc.status],
        [t('document.amendedBy'), doc.amendedBy],
        [t('document.replacedBy'), doc.replacedBy],
      ];
  const about = doc.summary ? `: ${continuingSentence(doc.summary)}` : doc.structure ? `: ${t('document.structureIs', { structure: doc.structure })}` : '';
  const description = event
    ? `${doc.title} (${doc.place}, ${doc.held})${doc.outcome ? `: ${continuingSentence(doc.outcome)}` : ''}.`
    : `${doc.title}${about}. ${t('document.status', { checked: doc.checked ?? '' })}: ${continuingSentence(doc.statusShort ?? '')}.`;
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
 * The list's opening words, from the content: the note-only documents, the month their status
 * was checked (their `checked`), the outline's date, and whether some were amended or replaced since.
 */
export function documentsIntro(outline: Outline): string {
  const notesOnly = outline.documents.filter((d) => isEditorialOnly(outline, d.id));
  const months = [...new Set(outline.documents.flatMap((d) => (d.checked ? [d.checked] : [])))].sort(
    (a, b) => a.slice(3).localeCompare(b.slice(3)) || a.localeCompare(b),
  );
  const kind = notesOnly[0]?.kind;
  // Amended or replaced after the outline: what amendedBy or replacedBy says bears a later year
  // ("Nghị định số 172/2025/NĐ-CP (ngày 30/6/2025…)"; an amendment of 2019 is no change since).
  const year = outline.header.masthead.date.getUTCFullYear();
  const amended = outline.documents.some((d) => latestYear(d.amendedBy) > year);
  const replaced = outline.documents.some((d) => latestYear(d.replacedBy) > year);
  return t('documents.intro', {
    notesOnly:
      notesOnly.length === 1 && kind
        ? t('documents.notesOnlyOne', { kind: kind.charAt(0).toLocaleLowerCase('vi') + kind.slice(1) })
        : notesOnly.length > 0
          ? t('documents.notesOnlyMany', { count: notesOnly.length })
          : '',
    checked: months.length > 1 ? t('documents.checkedFromTo', { from: months[0], to: months[months.length - 1] }) : t('documents.checked', { month: months[0] ?? '—' }),
    // A status that says what could not be verified is said to be so, not "up to date".
    unverified: outline.documents.some((d) => /chưa xác minh được/.test(`${d.status ?? ''} ${d.statusShort ?? ''}`)) ? t('documents.unverified') : '',
    date: shortVietnameseDate(outline.header.masthead.date),
    changed: amended || replaced ? t('documents.changedSince', { how: t(amended && replaced ? 'documents.amendedOrReplaced' : amended ? 'documents.amended' : 'documents.replaced') }) : '',
  });
}

/** The latest year a text names (4 digits from 1900), 0 for none. */
function latestYear(text = ''): number {
  return Math.max(0, ...(text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []).map(Number));
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
