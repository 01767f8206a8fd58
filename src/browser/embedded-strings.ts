/**
 * The interface strings a browser script needs, read from the JSON the page embeds
 * (src/components/EmbeddedStrings.astro). Importing src/site/ui-strings.ts instead would
 * put every string of the site into the script.
 */
import { GLOBALS } from '../site/routes';
import { fillPlaceholders, type UiKey } from '../site/ui-strings';

const strings: Partial<Record<UiKey, string>> = JSON.parse(document.getElementById(GLOBALS.uiStringsId)?.textContent ?? '{}');

export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(strings[key] ?? key, vars);
}
