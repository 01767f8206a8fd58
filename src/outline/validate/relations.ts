/**
 * Checks that need the rendered text (P4): every quotation stands in its section, every
 * passage an area page quotes exists, the list of reform areas in the outline and the area
 * pages match one for one, and what a section's frontmatter says it concerns (`areas`) and
 * cites (`cites`) agrees with what the area pages quote and what its text names: the typed
 * relations cannot drift from the computed ones.
 */
import type { Passage } from '../annotate/annotate-section';
import { resolvePassage, type PassageSpec } from '../area-passages';
import { wholeWordsPattern } from '../../site/text';
import { checkId, checkIds, checkUnique, type ContentProblem } from './problems';

export interface RelationsInput {
  /** Paragraphs of each section, by section id. */
  passages: ReadonlyMap<string, Passage[]>;
  quotations: Array<{ id: string; file: string; section: string; text: string; found: boolean; document?: string }>;
  areas: Array<{ id: string; file: string; order: number; listItem: string; passages: PassageSpec[]; counts: string[]; documents: string[] }>;
  /** The sections whose list names the areas (`listsAreas: true`). */
  areaLists: Array<{ id: string; file: string }>;
  /** Every section with what its frontmatter says, and the documents its own text names (computed; editor's notes left out). */
  sections: Array<{ id: string; file: string; areas: string[]; cites: string[]; named: string[] }>;
  /** Ids of content/van-ban. */
  documents: ReadonlySet<string>;
  /** The files of content/van-ban, to say which one the outline never names, with the words that name them. */
  documentFiles: Array<{ id: string; file: string; mentions: string[]; number?: string }>;
  /** The documents an editor's note names (its page says the outline itself does not cite it). */
  namedInNotes: ReadonlySet<string>;
  /** The glossary's entries. */
  glossary: Array<{ id: string; file: string; term: string; aliases: string[]; group: string }>;
  /** Every word the outline's pages show: titles and texts, editor's notes included. */
  outlineText: string;
}

const SECTION = 'the id of a section of content/de-cuong';
const DOCUMENT = 'the id of a file in content/van-ban';

export function validateRelations(input: RelationsInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sections = [...input.passages.keys()];
  for (const q of input.quotations) {
    const unknown = checkId(q.file, `${q.id}.section`, q.section, sections, SECTION);
    problems.push(...unknown);
    if (unknown.length === 0 && !q.found) {
      problems.push({ file: q.file, field: `${q.id}.text`, message: `"${q.text}" does not stand in section "${q.section}"; expected the quotation exactly as the outline writes it` });
    }
    if (q.document) problems.push(...checkId(q.file, `${q.id}.document`, q.document, input.documents, DOCUMENT));
  }
  problems.push(...checkUnique(input.areas, (a) => String(a.order), () => 'order', "a unique position in Part B's list"));
  for (const area of input.areas) {
    problems.push(...checkIds(area.file, 'documents', area.documents, input.documents, DOCUMENT));
    area.passages.forEach((spec, index) => {
      const field = `passages[${index}]`;
      const passages = input.passages.get(spec.section);
      if (!passages) {
        problems.push(...checkId(area.file, `${field}.section`, spec.section, sections, SECTION));
      } else if (!resolvePassage(spec, passages)?.length) {
        problems.push(
          spec.starts === undefined
            ? { file: area.file, field: `${field}.section`, message: `section "${spec.section}" has no words of the outline to quote; expected a section with text, or "starts" naming a sentence` }
            : { file: area.file, field: `${field}.starts`, message: `no sentence of section "${spec.section}" begins with "${spec.starts}"; expected the first words of a sentence there` },
        );
      }
    });
  }
  for (const area of input.areas) {
    const quoted = area.passages.flatMap((spec) => resolvePassage(spec, input.passages.get(spec.section) ?? []) ?? []);
    area.counts.forEach((label, index) => {
      if (!quoted.some((p) => p.text.startsWith(label))) {
        problems.push({ file: area.file, field: `counts[${index}]`, message: `“${label}” begins none of the passages this area quotes; expected the words of a line of the outline, e.g. “Rút học bạ”` });
      }
    });
  }
  for (const list of input.areaLists) {
    const items = (input.passages.get(list.id) ?? []).filter((p) => !p.editorial && p.kind === 'li');
    for (const item of items) {
      if (!input.areas.some((a) => a.listItem === item.text)) {
        problems.push({ file: list.file, field: 'body list', message: `the area “${item.text}” has no page; expected a file in content/linh-vuc whose listItem is this line` });
      }
    }
    for (const area of input.areas) {
      if (!items.some((p) => p.text === area.listItem)) {
        problems.push({ file: area.file, field: 'listItem', message: `“${area.listItem}” is not a line of the list in ${list.file}; expected the line exactly as printed` });
      }
    }
  }
  problems.push(...checkTypedRelations(input), ...checkUnused(input), ...checkDocumentNumbers(input));
  return problems;
}

/**
 * Entries left over from another outline (a new quarter's): a document that neither the outline
 * nor an editor's note names would be listed among those it cites, and a glossary word it never
 * writes among those it uses; neither is true of this outline, so the build refuses them.
 */
function checkUnused(input: RelationsInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const named = new Set([...input.sections.flatMap((s) => s.named), ...input.namedInNotes]);
  for (const doc of input.documentFiles) {
    if (named.has(doc.id)) continue;
    const listedBy = [...input.areas.filter((a) => a.documents.includes(doc.id)).map((a) => `${a.file} › documents`), ...input.quotations.filter((q) => q.document === doc.id).map((q) => `${q.file} › ${q.id}.document`)];
    const alsoThere = listedBy.length ? ` and its id where it is listed (${listedBy.join('; ')})` : '';
    problems.push({ file: doc.file, field: 'mentions', message: `neither the outline's text nor an editor's note names this document (none of its "mentions" stands in a section); expected a document the outline cites: delete the file${alsoThere}, or add to "mentions" the words the outline uses for it` });
  }
  for (const entry of input.glossary) {
    if (entry.group === 'lien-quan') continue;
    if (!wholeWordsPattern([entry.term, ...entry.aliases]).test(input.outlineText)) {
      problems.push({ file: entry.file, field: `${entry.id}.term`, message: `"${entry.term}" stands nowhere in the outline's text; expected a word the outline writes (group "${entry.group}"): delete the entry, write its spelling in "aliases", or give it group "lien-quan" (a related word the outline does not write)` });
    }
  }
  return problems;
}

/**
 * A document the outline's text names by its number (DOCUMENT_CODE) with no file that mentions
 * it there: the search page would say the outline does not cite it. Editor's notes may name
 * what the outline does not.
 */
function checkDocumentNumbers(input: RelationsInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const mentions = input.documentFiles.flatMap((d) => d.mentions).sort((a, b) => b.length - a.length);
  const compact = (code: string) => code.replace(/\s+/g, '');
  for (const [section, passages] of input.passages) {
    let text = passages.filter((p) => !p.editorial).map((p) => p.text).join('\n');
    for (const mention of mentions) text = text.split(mention).join(' ');
    const file = input.sections.find((s) => s.id === section)?.file ?? section;
    for (const code of new Set(text.match(DOCUMENT_CODE) ?? [])) {
      const owner = input.documentFiles.find((d) => d.number !== undefined && compact(d.number) === compact(code));
      problems.push({
        file,
        field: 'body',
        message: owner
          ? `“${code}” is the number of ${owner.file}, but none of its "mentions" stands here; expected the words the outline names it with here added to its "mentions"`
          : `“${code}” is the number of a document that no file of content/van-ban mentions; expected a file for it in content/van-ban (number, date, status, sources) whose "mentions" hold the words the outline names it with: the search page would otherwise say the outline does not cite it`,
      });
    }
  }
  return problems;
}

/**
 * A document's number as Vietnamese documents write it: digits (1.291), a year, then the kind's
 * letters and the issuer's after "/" or "-": "112/2020/NĐ-CP", "57-NQ/TW", "27- NQ/TW",
 * "76/NQ-CP", "12-CTr/TU", "1.291/QĐ-TTg"; a law's: "80/2025/QH15". Not a date ("22/12/2024"),
 * nor letters without an issuer ("100/TTHC").
 */
export const DOCUMENT_CODE =
  /(?<![\p{L}\p{N}.])\d+(?:\.\d{3})* ?(?:\/\d{4} ?)?(?:[-/] ?(?:NQ|NĐ|QĐ|CT|TT|KL|HD|HĐ|TB|KH|BC|CV|CĐ|QC|ĐA)\p{L}* ?[-/] ?[\p{L}\d]+(?:-[\p{L}\d]+)*|\/QH\d+)/gu;

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

const list = (ids: string[]) => `[${[...ids].sort().map((id) => `"${id}"`).join(', ')}]`;

function checkTypedRelations(input: RelationsInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const listing = new Set(input.areaLists.map((l) => l.id));
  for (const section of input.sections) {
    // The section that lists the areas concerns all of them; any other, the areas whose pages quote it.
    const expected = listing.has(section.id)
      ? input.areas.map((a) => a.id)
      : input.areas.filter((a) => a.passages.some((p) => p.section === section.id)).map((a) => a.id);
    if (!sameSet(section.areas, expected)) {
      problems.push({ file: section.file, field: 'areas', message: `${list(section.areas)} differs from the areas whose pages quote this section; expected ${list(expected)}: a section concerns an area when the area's file (content/linh-vuc) quotes it in "passages", so add the passage there or change "areas"` });
    }
    if (!sameSet(section.cites, section.named)) {
      problems.push({ file: section.file, field: 'cites', message: `${list(section.cites)} differs from the files of content/van-ban its text names (see their "mentions"; an editor's note does not count); expected ${list(section.named)}` });
    }
  }
  return problems;
}
