/**
 * Offline after one visit (over http/https only): what the build and the service worker
 * (src/browser/service-worker.ts) agree on. The build writes the list of files and its version
 * into sw.js (src/build/service-worker.ts); the worker stores them in one cache per version and,
 * once a new version is stored, deletes the older caches of the same site.
 */
import { FILES, WEB_MANIFEST } from './routes';
import { escapeHtml } from './text';
import { fillPlaceholders, type UiKey } from './ui-strings';

/** What the build writes into sw.js (as self.OUTLINE_OFFLINE_COPY). */
export interface OfflineCopy {
  /** A hash of the stored files and of the worker's own code: a new build with any change gets a new one. */
  version: string;
  /** Site paths of the files to store, e.g. `van-ban/index.html`. */
  files: string[];
  /** The words of the status line, which the worker hands to the pages. */
  strings: Partial<Record<UiKey, string>>;
}

/**
 * What the worker tells the pages: how far a first copy has come while it is stored (on a weak
 * link it takes a while: STORING_SAID_AFTER_MS), and once a version is stored, the first one or a
 * newer one than before.
 */
export interface OfflineMessage {
  kind: 'storing' | 'ready' | 'updated';
  text: string;
  close: string;
  /** How far the storing has come ("12/64 tệp"): a first copy only. */
  progress?: string;
  /** The label of the button that reloads the page (a newer version only). */
  reload?: string;
}

/** A first copy still being stored this long after it began is said to be, with how far it has come (not before: on a fast link it is soon done, and "stored" says it). */
export const STORING_SAID_AFTER_MS = 1500;
/** Then, how often the pages are told again how far it has come (when the count has moved). */
export const STORING_SAID_EVERY_MS = 500;

/**
 * The files a visit stores: every page, style and script, the site's search index
 * (search-index.js, or search-parts/ on a large site), the icons and the manifest. Not the zip
 * (it is for a USB stick, and large), nor Pagefind's files (no page loads them), nor the
 * link-preview picture (no page shows it), nor the worker itself (the browser keeps it).
 */
export function offlineFiles(files: readonly string[]): string[] {
  const left = new Set<string>([FILES.offlineZip, FILES.serviceWorker, FILES.previewImage]);
  return files.filter((file) => !left.has(file) && !file.startsWith(`${FILES.pagefindDir}/`)).sort();
}

/**
 * Files the copy can do without: stored when the server gives them, and their absence never stops
 * the rest from being stored (IIS refuses `.webmanifest` until its type is added). Marked pure,
 * and named without FILES, so that the script of every page, which reads this module, leaves it out.
 */
export const OPTIONAL_FILES: ReadonlySet<string> = /* @__PURE__ */ new Set([WEB_MANIFEST]);

/**
 * After a failed attempt to store the site, a page opened this long after tries again: half a
 * minute after the first failure (the weak link dropped for a moment), then longer after each
 * failure in a row, up to a day (a server that always refuses a file: each attempt downloads the
 * pages again, which a costly link must not pay at every page). The time of the last failure and
 * how many in a row are kept in localStorage under this key and the worker's URL.
 */
export const RETRY_AFTER_MS = [30 * 1000, 5 * 60 * 1000, 60 * 60 * 1000, 24 * 60 * 60 * 1000] as const;
export const FAILED_AT_KEY = 'de-cuong:offline-failed-at:';

/** The last failure and how many in a row, as stored ("time count"; a time alone, as older pages wrote it, is one failure). */
export function readFailures(stored: string | null): { at: number; count: number } {
  const [at, count] = (stored ?? '').split(' ').map(Number);
  return Number.isFinite(at) && at > 0 ? { at, count: Number.isInteger(count) && count > 0 ? count : 1 } : { at: 0, count: 0 };
}

/**
 * What to store after one more failure at `now`. Every open tab of the site hears of the same
 * failed attempt: one within the first wait of the last is the same failure, not one more.
 */
export function recordFailure(stored: string | null, now: number): string {
  const { at, count } = readFailures(stored);
  const same = count > 0 && now >= at && now - at < RETRY_AFTER_MS[0];
  return `${now} ${same ? count : count + 1}`;
}

/** Whether pages still wait after the failures stored (a time ahead of `now`, from a clock set wrong then, does not count). */
export function waitsAfterFailure(stored: string | null, now: number): boolean {
  const { at, count } = readFailures(stored);
  if (count === 0) return false;
  const since = now - at;
  return since >= 0 && since < RETRY_AFTER_MS[Math.min(count, RETRY_AFTER_MS.length) - 1];
}

/**
 * A file whose name carries a hash of its content (assets/page-setup.9c6a261e25.js,
 * assets/style.BV4352Ub.css): another content gets another name, so a copy stored by an attempt
 * that failed is still right for the next one. Pages, the search index and the icons keep their
 * names from one build to the next: an attempt asks for them again (the server may have been
 * half-way through an upload).
 */
export function isContentNamed(path: string): boolean {
  return new RegExp(`^${FILES.assetsDir}/[^/]+\\.[A-Za-z0-9_-]{8,}\\.(?:js|css)$`).test(path);
}

/** The site's stylesheet among the files of the offline copy (Astro names it style.<hash>.css). */
export const isSiteStylesheet = (path: string): boolean => new RegExp(`^${FILES.assetsDir}/style\\.[^/]+\\.css$`).test(path);

const CACHE_PREFIX = 'de-cuong';

/**
 * The cache of one version of the site whose top folder is `siteTop` (an absolute URL ending
 * in "/"). The folder is part of the name: caches belong to the whole origin, and a school may
 * publish two outlines on one server, each of which must only ever delete its own caches.
 */
export function cacheNameFor(siteTop: string, version: string): string {
  return `${CACHE_PREFIX} ${siteTop} ${version}`;
}

/** Whether `name` is a cache of the same site (same top folder) but of another version. */
export function isOlderCache(name: string, siteTop: string, version: string): boolean {
  return name.startsWith(`${CACHE_PREFIX} ${siteTop} `) && name !== cacheNameFor(siteTop, version);
}

/**
 * The site path a request asks for, when the worker stores it: `url` inside `siteTop`, without
 * its query (`tim-kiem.html?q=…`) or fragment, a folder naming its index.html (a server serves
 * `…/de-cuong/` as index.html). Undefined for anything else, which then goes to the network.
 */
export function storedPathFor(url: string, siteTop: string, stored: ReadonlySet<string>): string | undefined {
  const bare = url.replace(/[?#].*$/, '');
  if (!bare.startsWith(siteTop)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(bare.slice(siteTop.length));
  } catch {
    return undefined;
  }
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return stored.has(path) ? path : undefined;
}

/**
 * Whether `url` names a page of this site the worker does not store, which it answers with no
 * network (offlinePage): the zip (`zip`), or an .html page in the site's top folder or in one of
 * its folders (a page that does not exist). Not another site on the same server: a site published
 * at the server's root shares its origin with everything else there.
 */
export function isUnstoredSitePage(url: string, siteTop: string, stored: ReadonlySet<string>, zip: string): boolean {
  const bare = url.replace(/[?#].*$/, '');
  if (!bare.startsWith(siteTop) || storedPathFor(url, siteTop, stored) !== undefined) return false;
  const path = bare.slice(siteTop.length);
  if (path === zip) return true;
  const page = /^(?:([^/]+)\/)?[^/]+\.html$/.exec(path);
  return page !== null && (page[1] === undefined || [...stored].some((file) => file.startsWith(`${page[1]}/`)));
}

/** The status line's words, from the strings the build gave the worker; `stored`: how many files of how many, while storing. */
export function offlineMessage(kind: OfflineMessage['kind'], strings: OfflineCopy['strings'], stored?: { done: number; total: number }): OfflineMessage {
  const text = (key: UiKey) => strings[key] ?? key;
  if (kind === 'storing') return { kind, text: text('offline.storing'), close: text('offline.close'), progress: fillPlaceholders(text('offline.storingCount'), { done: stored?.done ?? 0, total: stored?.total ?? 0 }) };
  return kind === 'ready'
    ? { kind, text: text('offline.ready'), close: text('offline.close') }
    : { kind, text: text('offline.updated'), close: text('offline.close'), reload: text('offline.reload') };
}

/** Whether a message posted to the page is one of the worker's (anything else is ignored). */
export function isOfflineMessage(data: unknown): data is OfflineMessage {
  const message = data as OfflineMessage | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    (message.kind === 'storing' || message.kind === 'ready' || message.kind === 'updated') &&
    typeof message.text === 'string' &&
    typeof message.close === 'string' &&
    (message.progress === undefined || typeof message.progress === 'string') &&
    (message.reload === undefined || typeof message.reload === 'string')
  );
}

/**
 * What the worker answers, with no network, for a page of the site it has not stored (the zip to
 * copy onto a USB stick, a page that does not exist): the site's words rather than the browser's
 * error page, with the way back to the stored pages. `home` and `stylesheet` are absolute URLs.
 */
export function offlinePage(strings: OfflineCopy['strings'], home: string, stylesheet?: string): string {
  const text = (key: UiKey) => escapeHtml(strings[key] ?? key);
  return [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text('offline.noNetwork')}</title>`,
    stylesheet ? `<link rel="stylesheet" href="${escapeHtml(stylesheet)}">` : '',
    '</head><body><div class="page"><main class="prose">',
    `<h1>${text('offline.noNetwork')}</h1><p>${text('offline.noNetworkText')}</p>`,
    `<p><a href="${escapeHtml(home)}">${text('offline.home')}</a></p>`,
    '</main></div></body></html>',
  ].join('');
}
