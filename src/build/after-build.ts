/**
 * What runs once `astro build` has written dist/ (and classic-scripts.ts its page scripts), in
 * this order: stylesheet links made relative, the search indexes (they read the pages), the zip
 * for the USB stick (it carries the indexes), its size written where the home page offers it,
 * the service worker with the list of files it stores (the pages as served, the index among
 * them), then the link check of everything (the zip's link included).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeSearchIndexes } from '../search/build/write-indexes';
import { FILES } from '../site/routes';
import { checkBuiltLinks } from './check-built-links';
import { fillFileSizes } from './file-sizes';
import { makeAssetLinksRelative } from './relative-assets';
import { writeOfflineZip } from './offline-zip';
import { writeServiceWorker } from './service-worker';

export function afterBuild(): AstroIntegration {
  return {
    name: 'after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        logger.info(`stylesheet links made relative on ${makeAssetLinksRelative(root)} pages`);
        const search = await writeSearchIndexes(root);
        logger.info(`search: ${search.records} records of ${search.pages} pages; compact index ${(search.compactGzip / 1024).toFixed(1)} KB gzip, so the search page uses the ${search.engine} engine (over http and from file://)`);
        const zipBytes = writeOfflineZip(root);
        logger.info(`${FILES.offlineZip}: ${(zipBytes / 1024).toFixed(0)} KB, its size written in ${fillFileSizes(root)} place(s)`);
        const worker = await writeServiceWorker(root);
        logger.info(`${FILES.serviceWorker}: stores ${worker.files} files, ${(worker.bytes / 1024).toFixed(0)} KB, version ${worker.version}`);
        logger.info(`${checkBuiltLinks(root)} files, links checked`);
      },
    },
  };
}
