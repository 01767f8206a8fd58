import type { AstroIntegration } from 'astro';
import { zipSync, type Zippable } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../lib/list-dist';
import { stripOnlineOnly } from '../lib/offline-copy';
import { OFFLINE_ZIP } from '../lib/site-pages';

/**
 * Writes dist/ban-ngoai-tuyen.zip: the whole built site (search indexes included, so it must
 * run after them), to unzip on a USB stick and open from index.html.
 */
export function offlineZip(): AstroIntegration {
  return {
    name: 'offline-zip',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const bytes = writeOfflineZip(root);
        logger.info(`${OFFLINE_ZIP}: ${(bytes / 1024).toFixed(0)} KB`);
      },
    },
  };
}

export function writeOfflineZip(root: string): number {
  const entries: Zippable = {};
  // A fixed date keeps the zip the same from one build to the next when nothing changed.
  const mtime = new Date('2024-01-01T00:00:00Z');
  for (const file of listFiles(root).filter((f) => f !== OFFLINE_ZIP)) {
    const data = readFileSync(join(root, file));
    const content = file.endsWith('.html') ? new TextEncoder().encode(stripOnlineOnly(data.toString('utf8'))) : data;
    entries[file] = [content, { mtime, level: /\.(pagefind|pf_\w+|wasm|png)$/.test(file) ? 0 : 9 }];
  }
  const zip = zipSync(entries);
  writeFileSync(join(root, OFFLINE_ZIP), zip);
  return zip.length;
}
