/**
 * The interface strings a browser script needs, read from the JSON the page embeds
 * (src/components/EmbeddedStrings.astro). Importing src/site/ui-strings.ts instead would
 * put every string of the site into the script.
 */
import { UI_STRINGS_ATTRIBUTE } from '../site/routes';
import { fillPlaceholders, type UiKey } from '../site/ui-strings';

let strings: Partial<Record<UiKey, string>> | undefined;

/**
 * The strings of every block the page embeds (the layout's and the page's), read when first
 * needed: the page script in <head> runs before the blocks at the end of <body> are there.
 */
function embedded(): Partial<Record<UiKey, string>> {
  strings ??= Object.assign({}, ...[...document.querySelectorAll(`script[${UI_STRINGS_ATTRIBUTE}]`)].map((block) => JSON.parse(block.textContent ?? '{}')));
  return strings!;
}

export function t(key: UiKey, vars: Record<string, string | number> = {}): string {
  return fillPlaceholders(embedded()[key] ?? key, vars);
}
