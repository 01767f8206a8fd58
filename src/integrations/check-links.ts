import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkSiteLinks } from '../lib/check-links';
import { listFiles, readPages } from '../lib/list-dist';

/** Stops the build when a page of dist/ has a link that would break at a sub-path or from file:// (P1, P4). */
export function checkLinks(): AstroIntegration {
  return {
    name: 'check-links',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = listFiles(root);
        const report = checkSiteLinks(readPages(root, files), new Set(files), { ignoreUnreachable: ['404.html'] });
        const lines = [
          ...report.problems.map((p) => `dist/${p.page}: link "${p.href}": ${p.message}`),
          ...report.unreachable.map((p) => `dist/${p}: no link from index.html leads here`),
        ];
        if (lines.length) throw new Error(`Broken links in the built site:\n  ${lines.join('\n  ')}`);
        logger.info(`${files.length} files, links checked`);
      },
    },
  };
}
