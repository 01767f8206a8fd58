/**
 * The offline copy (the zip for a USB stick) is the site itself, less what only makes sense
 * online: elements marked `data-online-only` (the link to download the zip, which the zip
 * cannot contain).
 */
import { parse } from 'node-html-parser';

/** What a page marks as online only (src/pages/index.astro: the link to the offline zip). */
const ONLINE_ONLY_ATTRIBUTE = 'data-online-only';

export function stripOnlineOnly(html: string): string {
  if (!html.includes(ONLINE_ONLY_ATTRIBUTE)) return html;
  const root = parse(html, { comment: true });
  for (const el of root.querySelectorAll(`[${ONLINE_ONLY_ATTRIBUTE}]`)) el.remove();
  return root.toString();
}
