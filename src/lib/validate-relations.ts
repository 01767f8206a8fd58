/**
 * Checks that need the rendered text (P4): every quotation stands in its section, every
 * passage an area page quotes exists, and the list of reform areas in the outline and the
 * area pages match one for one.
 */
import type { ContentProblem } from './content-error';
import type { Passage } from './annotate-section';
import { resolvePassage, type PassageSpec } from './area-passages';

export interface RelationsInput {
  /** Paragraphs of each section, by section id. */
  passages: ReadonlyMap<string, Passage[]>;
  quotations: Array<{ id: string; file: string; section: string; text: string; found: boolean }>;
  areas: Array<{ id: string; file: string; listItem: string; passages: PassageSpec[]; counts: string[] }>;
  /** The sections whose list names the areas (`listsAreas: true`). */
  areaLists: Array<{ id: string; file: string }>;
}

export function validateRelations(input: RelationsInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const sections = [...input.passages.keys()];
  for (const q of input.quotations) {
    if (!input.passages.has(q.section)) {
      problems.push({ file: q.file, field: `${q.id}.section`, message: `"${q.section}" is not a section id; expected one of ${sections.join(', ')}` });
    } else if (!q.found) {
      problems.push({ file: q.file, field: `${q.id}.text`, message: `"${q.text}" does not stand in section "${q.section}"; expected the quotation exactly as the outline writes it` });
    }
  }
  for (const area of input.areas) {
    area.passages.forEach((spec, index) => {
      const field = `passages[${index}]`;
      const passages = input.passages.get(spec.section);
      if (!passages) {
        problems.push({ file: area.file, field: `${field}.section`, message: `"${spec.section}" is not a section id; expected one of ${sections.join(', ')}` });
      } else if (!resolvePassage(spec, passages)?.length) {
        problems.push({ file: area.file, field: `${field}.starts`, message: `no sentence of section "${spec.section}" begins with "${spec.starts}"; expected the first words of a sentence there` });
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
  return problems;
}
