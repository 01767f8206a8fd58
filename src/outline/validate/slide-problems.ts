/** What the slides could not lay out (slides.ts), as a content problem: the file and field to change (P4). */
import type { Outline } from '../load';
import type { SlideProblem } from '../slide-text';
import type { ContentProblem } from './problems';

export function slideContentProblem(outline: Pick<Outline, 'items' | 'documents'>, { about, message }: SlideProblem): ContentProblem {
  if (about.quotation) return { file: 'content/trich-dan/trich-dan.yaml', field: `${about.quotation} (source, note)`, message };
  const doc = about.document === undefined ? undefined : outline.documents.find((d) => d.title === about.document);
  if (doc) return { file: doc.entry.filePath ?? `content/van-ban/${doc.id}.md`, field: 'statusShort', message };
  const section = outline.items.find((item) => item.id === about.section);
  return { file: section?.entry.filePath ?? `content/de-cuong/${about.section ?? '?'}.mdx`, field: 'body', message };
}
