/**
 * The one place pages get the outline from: loads the collections, checks the
 * relations between them (P4) and returns the sections in reading order.
 * The check runs once per build; a problem stops the build naming file and field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { ContentValidationError, throwIfProblems } from '../lib/content-error';
import { buildOutlineTree, readingOrder, sortByOrder } from '../lib/outline-nav';
import { STATIC_PAGES } from '../lib/site-pages';
import { validateOutline } from '../lib/validate-outline';
import { plainTextFromMdx } from '../lib/mdx-text';
import { contentRoot } from './content-root';

export type Section = CollectionEntry<'de-cuong'>;
export type Correction = CollectionEntry<'hieu-dinh'>;
export type SectionItem = Section['data'] & { id: string; entry: Section };

function fileOf(entry: { id: string; filePath?: string }, fallback: string): string {
  return entry.filePath ?? fallback;
}

async function loadOutline() {
  const [sections, corrections, documents, areas] = await Promise.all([
    getCollection('de-cuong'),
    getCollection('hieu-dinh'),
    getCollection('van-ban'),
    getCollection('linh-vuc'),
  ]);
  const root = contentRoot();
  throwIfProblems(
    validateOutline({
      sections: sections.map((s) => ({ id: s.id, file: fileOf(s, `${root}/de-cuong/${s.id}.mdx`), data: s.data, body: s.body })),
      corrections: corrections.map((c) => ({ id: c.id, file: fileOf(c, `${root}/hieu-dinh/hieu-dinh.yaml`), data: c.data })),
      knownIds: { 'van-ban': new Set(documents.map((d) => d.id)), 'linh-vuc': new Set(areas.map((a) => a.id)) },
      otherPages: STATIC_PAGES,
    }),
  );
  const items: SectionItem[] = sortByOrder(sections.map((entry) => ({ ...entry.data, id: entry.id, entry })));
  const header = items.find((s) => s.kind === 'header');
  if (!header?.masthead) {
    throw new Error(`${root}/de-cuong: no section of kind "header" with a "masthead"; expected one (the masthead and title block).`);
  }
  const corrected = new Map(corrections.map((c) => [c.id, c.data.corrected]));
  return {
    items,
    /** Plain text of each section's own body (for hints, reading times, descriptions). */
    textOf: new Map(items.map((s) => [s.id, plainTextFromMdx(s.entry.body ?? '', corrected)])),
    header: { ...header, masthead: header.masthead },
    closing: items.find((s) => s.kind === 'closing'),
    pages: readingOrder(items),
    tree: buildOutlineTree(items),
    /** Corrections in the order of the sections they stand in. */
    corrections: corrections
      .map((c) => ({ ...c.data, id: c.id, order: items.find((s) => s.id === c.data.section)?.order ?? 0 }))
      .sort((a, b) => a.order - b.order),
    byId: new Map(items.map((s) => [s.id, s])),
  };
}

export type Outline = Awaited<ReturnType<typeof loadOutline>>;

let cached: Promise<Outline> | undefined;
/** The validated outline (loaded once per build). */
export function getOutline(): Promise<Outline> {
  cached ??= loadOutline().catch((error: unknown) => {
    if (!(error instanceof ContentValidationError)) throw error;
    // Astro prints a user error as it is, with our hint instead of a generic one.
    throw new AstroError(error.message, 'Each line names the content file, the field and what was expected.');
  });
  return cached;
}
