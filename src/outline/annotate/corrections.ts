/**
 * Build time: the editorial corrections inside a section's text. The MDX writes
 * `<Fix id="…" />` and `<EditorNote id="…" />`; they render as empty markers
 * (src/components/content/), which this step fills from content/hieu-dinh: the corrected
 * words linked to the editorial page, or the editor's note. Rendering thus needs no data.
 */
import { parse } from 'node-html-parser';
import { correctionPath } from '../../site/routes';
import { escapeHtml } from '../../site/text';
import { t } from '../../site/ui-strings';

export interface CorrectionText {
  id: string;
  original: string;
  corrected: string;
  probable: boolean;
  note: string;
}

/** The markers the Fix and EditorNote components (src/components/content/) leave in the rendered HTML. */
const FIX_MARKER = 'data-fix';
const NOTE_MARKER = 'data-editor-note';

export function fillCorrections(html: string, corrections: ReadonlyMap<string, CorrectionText>): string {
  if (!html.includes(FIX_MARKER) && !html.includes(NOTE_MARKER)) return html;
  const root = parse(html);
  const entry = (id: string | undefined) => {
    const found = id === undefined ? undefined : corrections.get(id);
    // The validator (validate/structure.ts) has already named the file of an unknown id.
    if (!found) throw new Error(`content/hieu-dinh: no entry "${id}"`);
    return found;
  };
  for (const marker of root.querySelectorAll(`[${FIX_MARKER}]`)) marker.replaceWith(fixLinkHtml(entry(marker.getAttribute(FIX_MARKER))));
  for (const marker of root.querySelectorAll(`[${NOTE_MARKER}]`)) {
    const note = entry(marker.getAttribute(NOTE_MARKER));
    marker.replaceWith(
      `<aside class="editor-note" aria-label="${t('editorNote.label')}"><p><strong class="editor-note__label">${t('editorNote.label')}:</strong> ${escapeHtml(note.note)} <a class="editor-note__more" href="${correctionPath(note.id)}">${t('editorNote.more')}</a></p></aside>`,
    );
  }
  return root.toString();
}

/**
 * The corrected words, linked to their entry on the editorial page, the original in the title.
 * A probable correction also carries "(sửa theo phỏng đoán)" in data-note, which the printed
 * page and the slides show after it (they have no title to point at, nor a link to follow).
 */
function fixLinkHtml(fix: CorrectionText, words = fix.corrected, original = fix.original, titleKey: 'fix.title' | 'fix.renumbered' = 'fix.title'): string {
  const title = t(fix.probable ? 'fix.probable' : titleKey, { original });
  const probable = fix.probable ? ` data-note="${escapeHtml(t('corrections.probable'))}"` : '';
  return `<a class="${fix.probable ? 'fix fix--probable' : 'fix'}" href="${correctionPath(fix.id)}" title="${escapeHtml(title)}"${probable}>${escapeHtml(words)}</a>`;
}

/** The labels a numbering correction restores, in order: "1. … 2. … 3." → ["1.", "2.", "3."]. */
export function numberingLabels(numbering: string): string[] {
  return numbering.split(/\s*…\s*/).filter(Boolean);
}

/**
 * A heading as HTML, its corrections marked like those of the text: the label restored by a
 * numbering correction ("2.", the source has "1."), the title given by a heading correction.
 */
export function headingHtml(
  heading: { label?: string; title: string },
  fixes: { label?: CorrectionText; title?: CorrectionText } = {},
): string {
  const { label, title } = heading;
  let labelHtml = label === undefined ? '' : escapeHtml(label);
  if (label !== undefined && fixes.label) {
    const at = numberingLabels(fixes.label.corrected).indexOf(label);
    const original = numberingLabels(fixes.label.original)[at] ?? fixes.label.original;
    labelHtml = fixLinkHtml(fixes.label, label, original, 'fix.renumbered');
  }
  const titleHtml = fixes.title && fixes.title.corrected === title ? fixLinkHtml(fixes.title) : escapeHtml(title);
  return label === undefined ? titleHtml : `${labelHtml} ${titleHtml}`;
}
