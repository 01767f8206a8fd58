/**
 * The pieces of a section as the pages show it: links and breadcrumbs, the masthead and the
 * signature, a section's HTML and heading, and what the section concerns (areas, documents).
 */
import { areaPath, glossaryPath, sectionPath } from '../../site/routes';
import { formatVietnameseDate } from '../../site/vietnamese-date';
import { headingHtml } from '../annotate/corrections';
import { markAbbreviations } from '../annotate/mark-abbreviations';
import { shiftHeadings, type HeadingLink } from '../annotate/section-html';
import type { AreaItem, HeaderItem, Outline, SectionItem } from '../load';
import { menuTitle } from '../nav';
import { documentById, documentEntry } from './document-entry';

export type { HeadingLink };

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

export const linkTo = (item: SectionItem): Link => ({ title: menuTitle(item), path: sectionPath(item.id) });

/** The words that close a part (items of kind "part-end" under it). */
export const partEndsOf = (outline: Outline, id: string) => outline.items.filter((i) => i.kind === 'part-end' && i.parent === id);

/** The heading as the section's own page and the full text show it: its corrections marked like those of the text. */
export function markedHeading(outline: Outline, item: SectionItem): string {
  const fix = (id?: string) => (id ? outline.corrections.find((c) => c.id === id) : undefined);
  return headingHtml(item, { label: fix(item.labelFix), title: fix(item.titleFix) });
}

export function mastheadView(header: HeaderItem): MastheadView {
  const { superior, cell, party, place, date } = header.masthead;
  return { superior, cell, party, place, date: formatVietnameseDate(date), docType: header.docType, docSubtitle: header.docSubtitle };
}

/** What a section concerns and names: areas and themes, cited documents, named events, and documents only its editor's note names. */
export function relationsOf(outline: Outline, item: SectionItem) {
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
