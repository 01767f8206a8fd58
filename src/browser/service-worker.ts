/**
 * The service worker (dist/sw.js, at the site's top folder so that its scope covers every page;
 * http/https only, never registered from file://). The build puts before this code the list of
 * files to store, their version and the status line's words (src/build/service-worker.ts).
 *
 * - install: stores every listed file in the cache of this version, revalidated with the server
 *   (never an old copy from the HTTP cache), and a first copy that takes a while says how far it
 *   has come (storingProgress); if one fails (the weak link dropped for a moment, a
 *   server refused a file), the version already stored keeps serving, and what was stored stays in
 *   the new cache: the next attempt takes from it the scripts and styles, whose names carry their
 *   content's hash (isContentNamed), and asks for the pages again. A first install
 *   that failed is tried again by a page opened a little later (service-worker-setup.ts), and
 *   begins by deleting what older attempts of the same site left; a failed update, at the
 *   browser's next update check. A file the copy can do without (OPTIONAL_FILES: the manifest) is
 *   only skipped.
 * - activate: deletes the caches of older versions of this site (never another site's), takes
 *   over the open pages and tells them, for their status line, that the site is stored.
 * - fetch: a listed file comes from the cache (a page with ?q=… or ?hl=… too), so every page and
 *   search work with no network; anything else goes to the network as usual, and a page of the
 *   site it does not store (the zip, a page that does not exist: isUnstoredSitePage), asked for
 *   with no network, gets the site's words for it (offlinePage) rather than the browser's error page.
 */
import {
  cacheNameFor,
  isContentNamed,
  isSiteStylesheet,
  isOlderCache,
  isUnstoredSitePage,
  offlineMessage,
  offlinePage,
  OPTIONAL_FILES,
  STORING_SAID_AFTER_MS,
  STORING_SAID_EVERY_MS,
  storedPathFor,
  type OfflineCopy,
  type OfflineMessage,
} from '../site/offline-cache';
import { FILES, GLOBALS, PAGES } from '../site/routes';

/** The few service-worker types used here (TypeScript's DOM library has no worker scope). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WindowClient {
  url: string;
  postMessage(message: unknown): void;
}
interface WorkerScope {
  location: Location;
  registration: { active: unknown };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const copy = (self as unknown as Record<string, OfflineCopy>)[GLOBALS.offlineCopy];
const siteTop = new URL('./', worker.location.href).href;
const cacheName = cacheNameFor(siteTop, copy.version);
const stored = new Set(copy.files);

/** Stores one listed file in `cache`, unless an earlier attempt has stored it under a name that carries its content's hash; fails when the server does not give it. */
async function storeFile(cache: Cache, path: string): Promise<void> {
  const url = new URL(path, siteTop).href;
  if (isContentNamed(path) && (await cache.match(url))) return;
  const response = await fetch(new Request(url, { cache: 'no-cache' }));
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  // A page answered after a redirect may not answer a navigation: keep the content only.
  const kept = response.redirected ? new Response(await response.blob(), { status: response.status, headers: response.headers }) : response;
  await cache.put(url, kept);
}

/** Tells this site's own open pages (another site on the same server is a client of the same origin too, in a sub-folder of this one, or anywhere when this one is at the root). */
async function tellPages(message: OfflineMessage): Promise<void> {
  for (const client of await worker.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    if (storedPathFor(client.url, siteTop, stored) !== undefined) client.postMessage(message);
  }
}

/**
 * While a first copy is stored, how far it has come, for the pages' status line: nothing in its
 * first STORING_SAID_AFTER_MS (a fast link is done by then), then every STORING_SAID_EVERY_MS
 * that the count has moved (the first time whatever it is: a file slow to come may hold it still).
 * An update is stored without a word until it is done: the copy stored meanwhile keeps serving.
 */
function storingProgress(total: number): { stored(): void; stop(): void } {
  let done = 0;
  let said = -1;
  let timer = setTimeout(function tell() {
    if (done !== said) void tellPages(offlineMessage('storing', copy.strings, { done, total }));
    said = done;
    timer = setTimeout(tell, STORING_SAID_EVERY_MS);
  }, STORING_SAID_AFTER_MS);
  return {
    stored: () => {
      done += 1;
    },
    stop: () => clearTimeout(timer),
  };
}

async function storeEveryFile(): Promise<void> {
  const first = !worker.registration.active;
  // A first install: no version of this site is stored yet, so any cache of it is what an attempt
  // that failed left (of this version, or of an older one never installed); only this version's
  // scripts and styles are worth keeping, and storeFile reads them from its cache.
  if (first) await deleteOlderCaches();
  const cache = await caches.open(cacheName);
  const progress = first ? storingProgress(copy.files.length) : undefined;
  // Every file is tried, whatever happens to the others. A file the copy can do without, refused
  // by the server, is left out; any other missing fails the install, and what was stored is kept
  // for the next attempt (a page reads only the cache of the version installed, so a cache
  // half-filled is never read; the next attempt takes from it only the files named by their content).
  const results = await Promise.allSettled(copy.files.map((path) => storeFile(cache, path).then(() => progress?.stored())));
  progress?.stop();
  const failed = results.flatMap((result, i) => (result.status === 'rejected' && !OPTIONAL_FILES.has(copy.files[i]) ? [result.reason] : []));
  if (failed.length) throw failed[0];
}

/** Deletes this site's caches of other versions than this one; how many there were. */
async function deleteOlderCaches(): Promise<number> {
  const older = (await caches.keys()).filter((name) => isOlderCache(name, siteTop, copy.version));
  await Promise.all(older.map((name) => caches.delete(name)));
  return older.length;
}

async function replaceOlderVersions(): Promise<void> {
  const deleted = await deleteOlderCaches();
  await worker.clients.claim();
  await tellPages(offlineMessage(deleted ? 'updated' : 'ready', copy.strings));
}

async function fromCache(request: Request, path: string): Promise<Response> {
  const cached = await (await caches.open(cacheName)).match(new URL(path, siteTop).href);
  return cached ?? fetch(request);
}

worker.addEventListener('install', (event) => {
  event.waitUntil(storeEveryFile().then(() => worker.skipWaiting()));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(replaceOlderVersions());
});

/** The site's stylesheet, stored: the page said with no network looks like the others. */
const stylesheet = copy.files.find(isSiteStylesheet);

/** The network's answer to a page of the site not stored; with no network, the site's words for it. */
async function fromNetwork(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const page = offlinePage(copy.strings, new URL(PAGES.home, siteTop).href, stylesheet && new URL(stylesheet, siteTop).href);
    return new Response(page, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
}

worker.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const path = storedPathFor(event.request.url, siteTop, stored);
  if (path !== undefined) event.respondWith(fromCache(event.request, path));
  else if (event.request.mode === 'navigate' && isUnstoredSitePage(event.request.url, siteTop, stored, FILES.offlineZip)) event.respondWith(fromNetwork(event.request));
});
