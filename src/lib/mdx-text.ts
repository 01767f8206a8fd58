/**
 * Plain text of an MDX section body, as a reader sees it: `<Fix id>` replaced by the
 * corrected words, other components and Markdown markers removed. Used for hints,
 * reading times and descriptions (never for the page text itself, which MDX renders).
 */
export function plainTextFromMdx(body: string, corrected: ReadonlyMap<string, string>): string {
  return body
    .replace(/<Fix\s+id=["']([^"']+)["']\s*\/>/g, (_, id: string) => corrected.get(id) ?? '')
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_]{1,2}([^*_]+)[*_]{1,2}/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
