/**
 * Checks on the outline's files that need no rendering (P4): unique orders, numbers and page
 * names, parents that are parts and come first, known ids in `cites`, `areas` and the
 * `<Fix|EditorNote id>` of a body, corrections that stand in a known section, and body links
 * that lead to a page of the site.
 */
import { isExternalHref, resolveHref } from '../../site/relative-url';
import { sectionPath } from '../../site/routes';
import { numberingLabels } from '../annotate/corrections';
import { proseLines } from '../content-files';
import { hasOwnPage, isWordPrefix, type OutlineItem } from '../nav';
import { checkId, checkIds, checkUnique, listIds, type ContentProblem } from './problems';

/** A content entry as loaded: its id, its file and its (already schema-checked) data. */
export interface ContentFile<T> {
  id: string;
  file: string;
  data: T;
  body?: string;
}

export interface SectionData extends Omit<OutlineItem, 'id'> {
  part?: 'A' | 'B' | 'C';
  areas: string[];
  cites: string[];
  titleFix?: string;
  labelFix?: string;
  /** Header only: the title block's lines, the title in capitals. */
  docType?: string;
  docSubtitle?: string;
}

export interface CorrectionData {
  section: string;
  kind?: string;
  original?: string;
  corrected?: string;
}

export interface OutlineInput {
  sections: ContentFile<SectionData>[];
  corrections: ContentFile<CorrectionData>[];
  /** Ids that exist in the other collections, by collection name. */
  knownIds: { 'van-ban': ReadonlySet<string>; 'linh-vuc': ReadonlySet<string> };
  /** Site paths of the pages that are not built from the outline's sections. */
  otherPages: readonly string[];
  /** Links written in other content fields (e.g. a document's `notice`), checked like those of a body. */
  fieldLinks?: Array<{ file: string; field: string; page: string; hrefs: string[] }>;
}

const SECTION = 'the id of a section of content/de-cuong';

/** Every problem in the outline's content; an empty list when all is well. */
export function validateOutline(input: OutlineInput): ContentProblem[] {
  const { sections } = input;
  const byId = new Map(sections.map((s) => [s.id, s]));
  const problems: ContentProblem[] = [
    ...checkUnique(sections, (s) => String(s.data.order), () => 'order', 'a unique reading order'),
    ...checkUnique(sections.filter((s) => s.data.number !== undefined), (s) => s.data.number!, () => 'number', 'a unique section number'),
    ...checkUnique(
      [...input.otherPages.map((page) => ({ file: 'src/pages', page })), ...sections.filter((s) => hasOwnPage({ ...s.data, id: s.id })).map((s) => ({ file: s.file, page: sectionPath(s.id) }))],
      (p) => p.page,
      () => 'slug',
      'a page name of its own: rename the file to get another slug',
    ),
  ];
  const pages = new Set([...input.otherPages, ...sections.filter((s) => hasOwnPage({ ...s.data, id: s.id })).map((s) => sectionPath(s.id))]);
  const correctionIds = input.corrections.map((c) => c.id);

  for (const s of sections) {
    const { data, file } = s;
    if ((data.kind === 'part' || data.kind === 'section') && (!data.part || !data.number)) {
      problems.push({
        file,
        field: data.part ? 'number' : 'part',
        message: `a ${data.kind} needs ${data.part ? 'a "number" such as "A.I.2"' : 'a "part": one of A, B, C'}`,
      });
    }
    if (data.parent !== undefined) {
      const parent = byId.get(data.parent);
      if (!parent) {
        problems.push(...checkId(file, 'parent', data.parent, byId.keys(), SECTION));
      } else if (parent.data.kind !== 'part') {
        problems.push({ file, field: 'parent', message: `"${data.parent}" is a ${parent.data.kind}, expected a section of kind "part"` });
      } else if (parent.data.order >= data.order) {
        problems.push({ file, field: 'order', message: `${data.order} comes before its parent "${data.parent}" (order ${parent.data.order}); expected a larger number` });
      }
    }
    problems.push(...checkIds(file, 'cites', data.cites, input.knownIds['van-ban'], 'the id of a file in content/van-ban'));
    problems.push(...checkIds(file, 'areas', data.areas, input.knownIds['linh-vuc'], 'the id of an area of content/linh-vuc'));
    if (data.kind === 'part-end') problems.push(...checkPartEnd(s, sections));
    if (data.navTitle !== undefined && !isWordPrefix(data.navTitle, data.title)) {
      problems.push({ file, field: 'navTitle', message: `"${data.navTitle}" is not the first words of the title "${data.title}"; expected the title's own first words, cut at a word boundary` });
    }
    problems.push(...checkHeadingFixes(s, input.corrections));
    if (data.kind === 'header') problems.push(...checkPrintedTitle(s));
    componentIds(s.body ?? '').forEach((id, index) => {
      problems.push(...checkId(file, `body <Fix|EditorNote id> #${index + 1}`, id, correctionIds, 'an entry of content/hieu-dinh'));
    });
    if (s.body) problems.push(...checkLinks(file, 'body link', sectionPath(s.id), bodyLinks(s.body), pages), ...checkBodyHeadings(file, s.body));
  }
  for (const c of input.corrections) problems.push(...checkId(c.file, `${c.id}.section`, c.data.section, byId.keys(), SECTION));
  // A correction no section shows would be listed on the corrections page for words the outline no longer has.
  const shown = new Set(sections.flatMap((s) => [...componentIds(s.body ?? ''), s.data.titleFix, s.data.labelFix]));
  for (const c of input.corrections) {
    if (!shown.has(c.id)) {
      problems.push({ file: c.file, field: c.id, message: `no section shows this correction (no <Fix id="${c.id}" /> or <EditorNote id="${c.id}" /> in a section's text, no titleFix or labelFix "${c.id}"); expected a correction of words the outline has: delete the entry, or mark the place in the section` });
    }
  }
  for (const links of input.fieldLinks ?? []) problems.push(...checkLinks(links.file, links.field, links.page, links.hrefs, pages));
  return problems;
}

/**
 * The headings written in a section's text: sub-headings of the section, so "###" first (the page
 * gives the section's own heading from its title; "#" or "##" would stand beside it), and each
 * at most one level below the one before ("#####" right after "###" skips a level): screen
 * readers and the page's contents list go by these levels (P6).
 */
export function checkBodyHeadings(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let previous = 2;
  for (const { line } of proseLines(body.split('\n'))) {
    const heading = /^(#{1,6})[ \t]+(.+)$/.exec(line);
    if (!heading) continue;
    const [, marks, text] = heading;
    const level = marks.length;
    const shown = `"${marks} ${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
    if (level < 3) problems.push({ file, field: 'heading', message: `${shown}: a heading in a section's text starts at "###" (the section's own heading is its title); expected "### ${text.slice(0, 20)}…"` });
    else if (level > previous + 1) problems.push({ file, field: 'heading', message: `${shown} skips a level after "${'#'.repeat(previous)}"; expected "${'#'.repeat(previous + 1)}"` });
    if (level >= 3) previous = level;
  }
  return problems;
}

/** Ids used by `<Fix id="…" />` and `<EditorNote id="…" />` in an MDX body. */
export function componentIds(body: string): string[] {
  return [...body.matchAll(/<(?:Fix|EditorNote)\s+id=["']([^"']*)["']/g)].map((m) => m[1]);
}

/** Internal link targets written in an MDX body: Markdown links and href attributes. */
export function bodyLinks(body: string): string[] {
  const markdown = [...body.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g)].map((m) => m[1]);
  const html = [...body.matchAll(/href=["']([^"']+)["']/g)].map((m) => m[1]);
  return [...markdown, ...html];
}

function checkLinks(file: string, field: string, page: string, hrefs: string[], pages: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const href of hrefs) {
    if (isExternalHref(href) || href.startsWith('#')) continue;
    if (href.startsWith('/')) {
      problems.push({ file, field, message: `"${href}" starts with "/": write it relative, e.g. "${href.slice(1)}", so the site works under a sub-folder and from file://` });
      continue;
    }
    const target = resolveHref(page, href);
    if (!pages.has(target)) {
      problems.push({ file, field, message: `"${href}" points to "${target}", which is not a page of the site; expected a file such as ${listIds([...pages].slice(0, 4))}` });
    }
  }
  return problems;
}

/** A heading's `titleFix` and `labelFix` name a correction of the right kind whose words are the heading's. */
function checkHeadingFixes(s: ContentFile<SectionData>, corrections: ContentFile<CorrectionData>[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (field: 'titleFix' | 'labelFix', kind: string, fits: (c: CorrectionData) => string | undefined) => {
    const id = s.data[field];
    if (id === undefined) return;
    const of = corrections.filter((c) => c.data.kind === undefined || c.data.kind === kind);
    const found = checkId(s.file, field, id, of.map((c) => c.id), `an entry of content/hieu-dinh of kind "${kind}"`);
    if (found.length) return problems.push(...found);
    const misfit = fits(of.find((c) => c.id === id)!.data);
    if (misfit) problems.push({ file: s.file, field, message: misfit });
  };
  check('titleFix', 'de-muc', (c) => (c.corrected === undefined || c.corrected === s.data.title ? undefined : `"${s.data.title}" is not the corrected text of "${s.data.titleFix}" ("${c.corrected}"); expected the title to be exactly the corrected words`));
  check('labelFix', 'danh-so', (c) =>
    c.corrected === undefined || (s.data.label !== undefined && numberingLabels(c.corrected).includes(s.data.label))
      ? undefined
      : `the label "${s.data.label ?? ''}" is not one of the numbers "${s.data.labelFix}" restores ("${c.corrected}"); expected one of them`,
  );
  return problems;
}

/**
 * The title block prints the outline's title in capitals (docType, then docSubtitle): the same
 * words as `title`, so that a new quarter's title is not printed under the old one's.
 */
function checkPrintedTitle({ file, data }: ContentFile<SectionData>): ContentProblem[] {
  if (data.docType === undefined || data.docSubtitle === undefined) return [];
  const capitals = (text: string) => text.toLocaleUpperCase('vi').replace(/\s+/g, ' ').trim();
  if (capitals(`${data.docType} ${data.docSubtitle}`) === capitals(data.title)) return [];
  const title = capitals(data.title);
  const expected = title.startsWith(`${capitals(data.docType)} `) ? title.slice(capitals(data.docType).length + 1) : title;
  return [{ file, field: 'docSubtitle', message: `"${data.docType}" then "${data.docSubtitle}" is not the title "${data.title}" in capitals; expected "${expected}"` }];
}

/**
 * The words that close a part stand after everything in the part and before anything after it:
 * its order lies between the part's last section and the next item outside the part.
 */
function checkPartEnd(end: ContentFile<SectionData>, sections: ContentFile<SectionData>[]): ContentProblem[] {
  const { file, data } = end;
  const byId = new Map(sections.map((s) => [s.id, s]));
  const part = data.parent === undefined ? undefined : byId.get(data.parent);
  if (!part) return data.parent === undefined ? [{ file, field: 'parent', message: 'a "part-end" closes a part; expected the id of that part, e.g. "b-i"' }] : [];
  const within = (s: ContentFile<SectionData>): boolean => {
    for (let at = s.data.parent, seen = 0; at !== undefined && seen < sections.length; at = byId.get(at)?.data.parent, seen += 1) {
      if (at === part.id) return true;
    }
    return false;
  };
  const inside = sections.filter((s) => s !== end && within(s));
  const last = Math.max(part.data.order, ...inside.map((s) => s.data.order));
  const between = sections.filter((s) => s !== end && s !== part && !within(s) && s.data.order > part.data.order && s.data.order < data.order);
  if (data.order < last) {
    // Named on each item placed after the closing words (a section just added, most often), with both ways to mend it.
    // (Before the part itself, the parent check names the closing words.)
    if (data.order < part.data.order) return [];
    return inside.filter((s) => s.data.order > data.order).map((s) => ({ file: s.file, field: 'order', message: `${s.data.order} comes after the words that close the part "${part.id}" (${file}, order ${data.order}); expected a number below ${data.order}, or a larger order for ${file} (above ${last})` }));
  }
  if (between.length) {
    return [{ file, field: 'order', message: `${data.order} comes after "${between[0].id}" (order ${between[0].data.order}), which is not in the part "${part.id}"; expected a number right after the part's last item (${last})` }];
  }
  return [];
}
