/**
 * What runs once `astro build` has written dist/, in this order: the search indexes (they read
 * the pages), the zip for the USB stick (it carries the indexes), then the link check of
 * everything (the zip's link included).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeSearchIndexes } from '../search/build/write-indexes';
import { FILES } from '../site/routes';
import { checkBuiltLinks } from './check-links';
import { writeOfflineZip } from './offline-zip';

export function afterBuild(): AstroIntegration {
  return {
    name: 'after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        logger.info(`search indexes (Pagefind and offline): ${await writeSearchIndexes(root)} pages`);
        logger.info(`${FILES.offlineZip}: ${(writeOfflineZip(root) / 1024).toFixed(0)} KB`);
        logger.info(`${checkBuiltLinks(root)} files, links checked`);
      },
    },
  };
}
