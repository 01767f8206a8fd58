/**
 * The interface strings a browser script needs, read from the JSON the page embeds
 * (src/components/EmbeddedStrings.astro). Importing src/lib/ui-strings.ts instead would
 * put every string of the site into the script.
 */
import { fillPlaceholders, type UiKey } from '../lib/ui-strings';

const strings: Partial<Record<UiKey, string>> = JSON.parse(document.getElementById('ui-strings')?.textContent ?? '{}');

export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(strings[key] ?? key, vars);
}
