/** What the search page embeds from the outline: its numbered documents, where each section stands, and the glossary's synonyms. */
import type { KnownDocument } from '../../search/document-numbers';
import { documentPath, sectionPath } from '../../site/routes';
import type { Outline } from '../load';
import { hasOwnPage, placeOf } from '../nav';
import { citationsOf, isEditorialOnly } from './document-entry';

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

/**
 * Where each numbered section's page stands, as its page says it under the heading ("Mục A.II.3",
 * "Phần B"), by page: a result names it, since two sections of the outline may share a title's
 * number ("3. …" in A.I and in A.II).
 */
export function searchPlaces(outline: Outline): Record<string, string> {
  return Object.fromEntries(outline.items.filter((item) => item.number && hasOwnPage(item)).map((item) => [sectionPath(item.id), placeOf(item.number)!]));
}

/** The glossary terms search treats as the same words as their full forms (src/search/synonyms.ts). */
export function searchSynonyms(outline: Outline) {
  return outline.glossary.filter((g) => g.synonym).flatMap((g) => [g.term, ...g.aliases].map((short) => ({ short, full: g.full })));
}
