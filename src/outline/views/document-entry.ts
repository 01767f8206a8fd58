/** A document as lists name it, and where the outline cites it. */
import { documentPath } from '../../site/routes';
import { t } from '../../site/ui-strings';
import type { DocumentItem, Outline, SectionCitation } from '../load';
import type { Link } from './section-parts';

/** Where the outline names the document, in reading order. */
export function citationsOf(outline: Outline, documentId: string): SectionCitation[] {
  return outline.citations.filter((c) => c.document === documentId);
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

export const documentById = (outline: Outline, id: string) => outline.documents.find((d) => d.id === id)!;
