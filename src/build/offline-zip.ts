/**
 * Build time: dist/ban-ngoai-tuyen.zip, the built site to unzip on a USB stick and open from
 * index.html: every page with the site's search index (search-index.js, or search-parts/ on a
 * large site; so it is written after the indexes), without Pagefind's files (no page loads them,
 * and their module, fetch and Worker are blocked on file://), without sw.js (browsers run no
 * service worker from file://; it is written after the zip anyway, its size being on the home
 * page it stores) and without the link to the zip itself.
 */
import { zipSync, type Zippable } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES } from '../site/routes';
import { listFiles } from './dist-files';
import { stripOnlineOnly } from './online-only';

/** Writes the zip of the site in `root`; returns its size in bytes. */
export function writeOfflineZip(root: string): number {
  const entries: Zippable = {};
  // A fixed date keeps the zip the same from one build to the next when nothing changed.
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const file of listFiles(root).filter((f) => f !== FILES.offlineZip && f !== FILES.serviceWorker && !f.startsWith(`${FILES.pagefindDir}/`))) {
    const data = readFileSync(join(root, file));
    const content = file.endsWith('.html') ? new TextEncoder().encode(stripOnlineOnly(data.toString('utf8'))) : data;
    entries[file] = [content, { mtime, level: /\.png$/.test(file) ? 0 : 9 }];
  }
  const zip = zipSync(entries);
  writeFileSync(join(root, FILES.offlineZip), zip);
  return zip.length;
}
