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

/** The markers the Fix and EditorNote components leave in the rendered HTML. */
export const FIX_MARKER = 'data-fix';
export const NOTE_MARKER = 'data-editor-note';

export function fillCorrections(html: string, corrections: ReadonlyMap<string, CorrectionText>): string {
  if (!html.includes(FIX_MARKER) && !html.includes(NOTE_MARKER)) return html;
  const root = parse(html);
  const entry = (id: string | undefined) => {
    const found = id === undefined ? undefined : corrections.get(id);
    // The validator (validate/structure.ts) has already named the file of an unknown id.
    if (!found) throw new Error(`content/hieu-dinh: no entry "${id}"`);
    return found;
  };
  for (const marker of root.querySelectorAll(`[${FIX_MARKER}]`)) {
    const fix = entry(marker.getAttribute(FIX_MARKER));
    const title = t(fix.probable ? 'fix.probable' : 'fix.title', { original: fix.original });
    marker.replaceWith(
      `<a class="${fix.probable ? 'fix fix--probable' : 'fix'}" href="${correctionPath(fix.id)}" title="${escapeHtml(title)}">${escapeHtml(fix.corrected)}</a>`,
    );
  }
  for (const marker of root.querySelectorAll(`[${NOTE_MARKER}]`)) {
    const note = entry(marker.getAttribute(NOTE_MARKER));
    marker.replaceWith(
      `<aside class="editor-note" aria-label="${t('editorNote.label')}"><p><strong>${t('editorNote.label')}:</strong> ${escapeHtml(note.note)} <a href="${correctionPath(note.id)}">${t('editorNote.more')}</a></p></aside>`,
    );
  }
  return root.toString();
}
