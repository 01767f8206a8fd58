/** What the search page embeds from the outline: its numbered documents and the glossary's synonyms. */
import type { KnownDocument } from '../../search/document-numbers';
import { documentPath } from '../../site/routes';
import type { Outline } from '../load';
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

/** The glossary terms search treats as the same words as their full forms (src/search/synonyms.ts). */
export function searchSynonyms(outline: Outline) {
  return outline.glossary.filter((g) => g.synonym).flatMap((g) => [g.term, ...g.aliases].map((short) => ({ short, full: g.full })));
}
