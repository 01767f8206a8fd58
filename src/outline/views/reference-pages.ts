/** The reference pages: the quotations and their sources, the glossary, the editor's corrections. */
import { documentPath, sectionPath } from '../../site/routes';
import { sourceLink } from '../../site/sources';
import { t } from '../../site/ui-strings';
import type { CorrectionItem, Outline } from '../load';
import { sectionLabel } from '../nav';
import { documentById } from './document-entry';
import { abbreviationTitle } from '../annotate/mark-abbreviations';

/** The quotations page's opening words, with the month their sources were checked when the header gives it. */
export function quotationsIntro(outline: Outline): string {
  const month = outline.header.quotationsChecked;
  return t('quotations.intro', { checked: month ? t('quotations.checked', { month }) : '' });
}

export function quotationsView(outline: Outline) {
  const place = (q: { section: string; text: string }) => {
    const at = (outline.textOf.get(q.section) ?? '').indexOf(q.text);
    return [outline.byId.get(q.section)!.order, at === -1 ? Number.MAX_SAFE_INTEGER : at];
  };
  const entries = [...outline.quotations]
    .sort((a, b) => {
      const [sa, pa] = place(a);
      const [sb, pb] = place(b);
      return sa - sb || pa - pb;
    })
    .map((q) => ({
      ...q,
      whose: q.speaker ? { label: t('quote.speaker'), value: q.speaker } : q.origin ? { label: t('quote.origin'), value: q.origin } : undefined,
      sourceText: q.status === 'unknown' ? t('quote.unknown') : (q.source ?? ''),
      readAt: q.url ? sourceLink(q.url) : undefined,
      relatedAt: q.related ? sourceLink(q.related) : undefined,
      documentLink: q.document
        ? {
            label: t(documentById(outline, q.document).group === 'dai-hoi' ? 'documents.col.event' : 'documents.col.name'),
            title: documentById(outline, q.document).title,
            path: documentPath(q.document),
          }
        : undefined,
      where: { title: sectionLabel(outline.byId.get(q.section)!), path: `${sectionPath(q.section)}#trich-${q.id}` },
    }));
  const emphasis = entries.filter((q) => q.kind === 'nhan-manh').map((q) => q.text);
  const words = emphasis.length > 1 ? `${emphasis.slice(0, -1).join(', ')} ${t('quotations.and')} ${emphasis.at(-1)}` : (emphasis[0] ?? '');
  return {
    quotations: entries.filter((q) => q.kind === 'trich-dan'),
    expressions: entries.filter((q) => q.kind === 'cum-tu'),
    emphasis: words ? t('quotations.emphasis', { words }) : undefined,
  };
}

export function glossaryView(outline: Outline) {
  const quoted = (spellings: string[]) => spellings.map((a) => `“${a}”`).join(', ');
  return (['de-cuong', 'ten-rieng', 'lien-quan'] as const)
    .map((group) => ({
      group,
      title: t(`glossary.group.${group}`),
      terms: outline.glossary
        .filter((g) => g.group === group)
        .sort((a, b) => a.term.localeCompare(b.term, 'vi'))
        .map((g) => ({ ...g, title: abbreviationTitle(g), aliasesText: g.aliases.length ? t('glossary.aliases', { aliases: quoted(g.aliases) }) : undefined })),
    }))
    .filter((g) => g.terms.length > 0);
}

export function correctionsView(outline: Outline) {
  // In reading order: by section, then where the correction stands (a heading's before its text).
  const placeOf = (c: CorrectionItem) => {
    const item = outline.byId.get(c.section)!;
    const inHeading = item.titleFix === c.id || item.labelFix === c.id;
    return [item.order, inHeading ? -1 : (item.entry.body ?? '').search(new RegExp(`id=["']${c.id}["']`))];
  };
  const sorted = [...outline.corrections].sort((a, b) => {
    const [sa, pa] = placeOf(a);
    const [sb, pb] = placeOf(b);
    return sa - sb || pa - pb;
  });
  return (['sua-loi', 'de-muc', 'danh-so', 'ghi-chu'] as const)
    .map((kind) => ({
      kind,
      title: t(`corrections.kind.${kind}`),
      entries: sorted
        .filter((c) => c.kind === kind)
        .map((c) => ({
          ...c,
          where: { title: sectionLabel(outline.byId.get(c.section)!), path: sectionPath(c.section) },
          // The documents the note names (by the words that name them in the outline), linked.
          documents: outline.documents
            .filter((d) => d.mentions.some((words) => c.note.includes(words)))
            .map((d) => ({ title: d.title, path: documentPath(d.id) })),
          // An editor's note keeps the outline's sentence as it is and explains it.
          labels: kind === 'ghi-chu' ? { original: t('corrections.noteOriginal'), note: t('corrections.noteText') } : { original: t('corrections.original'), note: t('corrections.why') },
        })),
    }))
    .filter((group) => group.entries.length > 0);
}
