/**
 * Relative URLs between pages of the built site (promise P1: the same dist/ works
 * at a domain root, under any sub-path and from file://).
 *
 * Pages are named by their path inside dist/, always naming a file:
 * `index.html`, `a-i-1.html`, `van-ban/nq-27.html`.
 */

/** Throws when a site path is not a relative file path (no leading `/`, no trailing `/`). */
function assertSitePath(path: string): void {
  if (path.startsWith('/') || path.endsWith('/') || path === '' || /^[a-z]+:/i.test(path)) {
    throw new Error(`Site path "${path}" must be a file path inside dist/, such as "van-ban/index.html".`);
  }
}

/**
 * The href that leads from page `from` to `to` (both site paths; `to` may carry `#fragment` or `?query`).
 * `relativeHref('van-ban/nq-27.html', 'a-i-1.html#muc')` → `'../a-i-1.html#muc'`.
 */
export function relativeHref(from: string, to: string): string {
  const match = /^([^?#]*)(.*)$/.exec(to)!;
  const target = match[1];
  const suffix = match[2];
  if (target === '') return suffix;
  assertSitePath(from);
  assertSitePath(target);
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = target.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) {
    common += 1;
  }
  const up = fromDirs.slice(common).map(() => '..');
  return [...up, ...toParts.slice(common)].join('/') + suffix;
}

/** Resolves an href found on page `from` back to a site path (fragment and query removed). */
export function resolveHref(from: string, href: string): string {
  const path = href.replace(/[?#].*$/, '');
  if (path === '') return from;
  const parts = from.split('/').slice(0, -1);
  for (const segment of decodeURI(path).split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** True for hrefs that leave the site (another scheme or host) rather than point inside dist/. */
export function isExternalHref(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//');
}
