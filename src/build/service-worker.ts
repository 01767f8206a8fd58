/**
 * Build time: dist/sw.js, the service worker that keeps the site for reading with no network
 * after one visit over http/https (src/browser/service-worker.ts), written once the search
 * indexes exist (it stores them too) and after the zip, whose size the home page then names
 * (the zip leaves sw.js out: no service worker runs from file://).
 * It is the bundled worker with, before it, the list of files to store, their version and the
 * status line's words. The version is a hash of those files and of the worker's code: any change
 * to either makes a new sw.js, which the browser then installs in place of the old one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { offlineFiles, type OfflineCopy } from '../site/offline-cache';
import { FILES, GLOBALS } from '../site/routes';
import { stringsFor } from '../site/ui-strings';
import { bundle } from './classic-scripts';
import { listFiles } from './dist-files';

const WORKER_SOURCE = fileURLToPath(new URL('../browser/service-worker.ts', import.meta.url));

/** The version of a set of files and of the worker's code: 16 hex digits of a SHA-256 over both. */
export function offlineVersion(files: ReadonlyArray<{ path: string; data: Uint8Array }>, workerCode: string): string {
  const hash = createHash('sha256');
  for (const { path, data } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    hash.update(`${path}\0${data.length}\0`).update(data);
  }
  return hash.update(workerCode).digest('hex').slice(0, 16);
}

/** The text of sw.js: the list, version and words as a global the worker reads, then the worker. */
export function serviceWorkerText(copy: OfflineCopy, workerCode: string): string {
  return `self.${GLOBALS.offlineCopy}=${JSON.stringify(copy)};\n${workerCode}`;
}

/** Writes dist/sw.js for the site in `root`; returns what it stores. */
export async function writeServiceWorker(root: string): Promise<{ version: string; files: number; bytes: number }> {
  const files = offlineFiles(listFiles(root)).map((path) => ({ path, data: readFileSync(join(root, path)) }));
  const { code } = await bundle(WORKER_SOURCE);
  const copy: OfflineCopy = { version: offlineVersion(files, code), files: files.map((f) => f.path), strings: stringsFor(['offline.']) };
  writeFileSync(join(root, FILES.serviceWorker), serviceWorkerText(copy, code));
  return { version: copy.version, files: files.length, bytes: files.reduce((sum, f) => sum + f.data.length, 0) };
}
