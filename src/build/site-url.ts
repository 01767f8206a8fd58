/**
 * The site's public address, from the SITE_URL environment variable (astro.config.mjs), used
 * only for link previews. Astro would stop on a wrong one with a bare "Invalid URL"; this
 * names the variable, the value and an example.
 */
const EXAMPLE = 'SITE_URL=https://truong.example/tai-lieu/de-cuong/ npm run build';

/** The address to give Astro as `site`, or undefined when SITE_URL is not set. Throws on a wrong one. */
export function siteFromEnv(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `SITE_URL="${value}" is not a full web address; expected one starting with https:// or http://, e.g. ${EXAMPLE} (or leave SITE_URL unset: it only gives link previews their address)`,
    );
  }
  return value;
}
