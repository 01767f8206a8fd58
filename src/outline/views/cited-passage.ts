/** A passage of the outline quoted on another page (a document's, an area's, the worksheet), with where it stands. */
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { correctionPath, sectionPath } from '../../site/routes';
import { resolvePassage, type QuotedPassage } from '../area-passages';
import { quotedPassageHtml } from '../annotate/passage-html';
import type { AreaItem, Outline } from '../load';
import { sectionLabel } from '../nav';

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
export function citedPassage(outline: Outline, from: string, section: string, paragraph: string, text: string): CitedPassageView {
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
