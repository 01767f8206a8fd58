/**
 * Which words of the outline an area page quotes: resolves the `passages` of a reform
 * area (content/linh-vuc) against the paragraphs of the rendered sections.
 */
import type { Passage } from './annotate/annotate-section';
import { splitSentences } from '../site/text';

export interface PassageSpec {
  section: string;
  starts?: string;
  sentences?: number;
}

export interface QuotedPassage {
  section: string;
  /** Id of the paragraph or list item it comes from. */
  paragraph: string;
  text: string;
}

/**
 * The quoted passages for one spec: every paragraph of the section when `starts` is
 * omitted, else the sentences from the one that begins with `starts` (to the paragraph's
 * end, or `sentences` of them). Undefined when `starts` begins no sentence of the section.
 */
export function resolvePassage(spec: PassageSpec, passages: Passage[]): QuotedPassage[] | undefined {
  const own = passages.filter((p) => !p.editorial);
  if (!spec.starts) return own.map((p) => ({ section: spec.section, paragraph: p.id, text: p.text }));
  for (const passage of own) {
    const sentences = splitSentences(passage.text);
    const at = sentences.findIndex((s) => s.startsWith(spec.starts!));
    if (at === -1) continue;
    const taken = sentences.slice(at, spec.sentences ? at + spec.sentences : undefined);
    return [{ section: spec.section, paragraph: passage.id, text: taken.join(' ') }];
  }
  return undefined;
}
