/**
 * Build time: marks the first use of each glossary term on a page with
 * <abbr title="full form">, linked to its glossary entry (a link works on touch screens
 * and without JavaScript, where a title tooltip does not). Inside an existing link the
 * <abbr> stands alone, since links cannot nest.
 */
import { parse } from 'node-html-parser';
import { escapeHtml, escapeRegExp } from '../../site/text';
import { isInside, replaceWithHtml, textNodes } from './html-edit';

export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  full: string;
  doubt?: string;
}

/** What a term's tooltip says: its full form, and what is not certain about it ("cán bộ, công chức, viên chức (có thể là …)"). */
export function abbreviationTitle(entry: Pick<GlossaryTerm, 'full' | 'doubt'>): string {
  return entry.doubt ? `${entry.full} (${entry.doubt})` : entry.full;
}

/**
 * @param seen ids already marked on this page (shared across the sections of one page; updated)
 * @param hrefOf href of a term's glossary entry from this page, e.g. id → "thuat-ngu.html#cchc"
 */
export function markAbbreviations(html: string, terms: GlossaryTerm[], seen: Set<string>, hrefOf: (id: string) => string): string {
  const spellings = terms
    .flatMap((entry) => [entry.term, ...entry.aliases].map((spelling) => ({ spelling, entry })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  if (spellings.length === 0) return html;
  // Matched in escaped text ("GD&amp;ĐT"), so the markup around it can be written as is.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${spellings.map((s) => escapeRegExp(escapeHtml(s.spelling))).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const root = parse(html);
  for (const node of textNodes(root, new Set(['abbr', 'script', 'style', 'code', 'q']))) {
    const text = node.text;
    let changed = false;
    const markup = escapeHtml(text).replace(pattern, (match) => {
      const { entry } = spellings.find((s) => escapeHtml(s.spelling) === match)!;
      if (seen.has(entry.id)) return match;
      seen.add(entry.id);
      changed = true;
      const abbr = `<abbr title="${escapeHtml(abbreviationTitle(entry))}">${match}</abbr>`;
      return isInside(node, 'a') ? abbr : `<a class="abbr-link" href="${hrefOf(entry.id)}">${abbr}</a>`;
    });
    if (changed) replaceWithHtml(node, markup);
  }
  return root.toString();
}
