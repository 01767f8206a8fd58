import type { ContentProblem } from './content-error';
import { isExternalHref, resolveHref } from './relative-url';
import type { OutlineItem } from './outline-nav';
import { hasOwnPage, sectionPath } from './outline-nav';

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
}

export interface CorrectionData {
  section: string;
}

export interface OutlineInput {
  sections: ContentFile<SectionData>[];
  corrections: ContentFile<CorrectionData>[];
  /** Ids that exist in the other collections, by collection name. */
  knownIds: { 'van-ban': ReadonlySet<string>; 'linh-vuc': ReadonlySet<string> };
  /** Site paths of the pages that are not built from the outline's sections. */
  otherPages: readonly string[];
}

/** Every problem in the outline's content; an empty list when all is well. */
export function validateOutline(input: OutlineInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { sections } = input;
  const byId = new Map(sections.map((s) => [s.id, s]));

  reportDuplicates(sections, (s) => String(s.data.order), 'order', 'a unique reading order', problems);
  reportDuplicates(
    sections.filter((s) => s.data.number !== undefined),
    (s) => s.data.number!,
    'number',
    'a unique section number',
    problems,
  );

  const pages = new Map<string, string>();
  for (const page of input.otherPages) pages.set(page, 'src/pages');
  for (const s of sections.filter((s) => hasOwnPage({ ...s.data, id: s.id }))) {
    const path = sectionPath(s.id);
    const owner = pages.get(path);
    if (owner) {
      problems.push({
        file: s.file,
        field: 'slug',
        message: `the page "${path}" is already made by ${owner}; rename the file to get another slug`,
      });
    } else {
      pages.set(path, s.file);
    }
  }

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
        problems.push({ file, field: 'parent', message: `"${data.parent}" is not a section id; expected one of ${listIds(byId.keys())}` });
      } else if (parent.data.kind !== 'part') {
        problems.push({ file, field: 'parent', message: `"${data.parent}" is a ${parent.data.kind}, expected a section of kind "part"` });
      } else if (parent.data.order >= data.order) {
        problems.push({ file, field: 'order', message: `${data.order} comes before its parent "${data.parent}" (order ${parent.data.order}); expected a larger number` });
      }
    }
    reportUnknownIds(file, 'cites', data.cites, input.knownIds['van-ban'], 'the id of a file in content/van-ban', problems);
    reportUnknownIds(file, 'areas', data.areas, input.knownIds['linh-vuc'], 'an area id of content/linh-vuc', problems);
    if (s.body) problems.push(...checkBodyLinks(s.file, sectionPath(s.id), s.body, new Set(pages.keys())));
  }

  const correctionIds = new Set(input.corrections.map((c) => c.id));
  for (const s of sections) {
    for (const [index, id] of componentIds(s.body ?? '').entries()) {
      if (!correctionIds.has(id)) {
        problems.push({
          file: s.file,
          field: `body <Fix|EditorNote id> #${index + 1}`,
          message: `"${id}" is not an entry of content/hieu-dinh; expected one of ${listIds(correctionIds)}`,
        });
      }
    }
  }
  for (const c of input.corrections) {
    if (!byId.has(c.data.section)) {
      problems.push({ file: c.file, field: `${c.id}.section`, message: `"${c.data.section}" is not a section id; expected one of ${listIds(byId.keys())}` });
    }
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

function checkBodyLinks(file: string, page: string, body: string, pages: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const href of bodyLinks(body)) {
    if (isExternalHref(href) || href.startsWith('#')) continue;
    if (href.startsWith('/')) {
      problems.push({ file, field: 'body link', message: `"${href}" starts with "/": write it relative, e.g. "${href.slice(1)}", so the site works under a sub-folder and from file://` });
      continue;
    }
    const target = resolveHref(page, href);
    if (!pages.has(target)) {
      problems.push({ file, field: 'body link', message: `"${href}" points to "${target}", which is not a page of the site; expected a file such as ${listIds([...pages].slice(0, 4))}` });
    }
  }
  return problems;
}

function reportDuplicates<T extends ContentFile<unknown>>(
  entries: T[],
  key: (entry: T) => string,
  field: string,
  expected: string,
  problems: ContentProblem[],
): void {
  const first = new Map<string, T>();
  for (const entry of entries) {
    const value = key(entry);
    const earlier = first.get(value);
    if (earlier) {
      problems.push({ file: entry.file, field, message: `"${value}" is already used by ${earlier.file}; expected ${expected}` });
    } else {
      first.set(value, entry);
    }
  }
}

function reportUnknownIds(
  file: string,
  field: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  expected: string,
  problems: ContentProblem[],
): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) {
      problems.push({ file, field: `${field}[${index}]`, message: `"${id}" is unknown; expected ${expected}: ${listIds(known)}` });
    }
  });
}

function listIds(ids: Iterable<string>): string {
  const all = [...ids].sort();
  return all.length ? all.map((id) => `"${id}"`).join(', ') : '(none yet)';
}
