/**
 * Build time: dist/ban-ngoai-tuyen.zip, the whole built site (search indexes included, so it
 * is written after them) to unzip on a USB stick and open from index.html.
 */
import { zipSync, type Zippable } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES } from '../site/routes';
import { listFiles } from './dist-files';
import { stripOnlineOnly } from './offline-copy';

/** Writes the zip of the site in `root`; returns its size in bytes. */
export function writeOfflineZip(root: string): number {
  const entries: Zippable = {};
  // A fixed date keeps the zip the same from one build to the next when nothing changed.
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const file of listFiles(root).filter((f) => f !== FILES.offlineZip)) {
    const data = readFileSync(join(root, file));
    const content = file.endsWith('.html') ? new TextEncoder().encode(stripOnlineOnly(data.toString('utf8'))) : data;
    entries[file] = [content, { mtime, level: /\.(pagefind|pf_\w+|wasm|png)$/.test(file) ? 0 : 9 }];
  }
  const zip = zipSync(entries);
  writeFileSync(join(root, FILES.offlineZip), zip);
  return zip.length;
}
