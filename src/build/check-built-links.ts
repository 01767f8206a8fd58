/** Build time: stops the build when a page of dist/ has a link that would break at a sub-path or from file:// (P1, P4). */
import { PAGES } from '../site/routes';
import { listFiles, readPages } from './dist-files';
import { checkSiteLinks } from './link-check';

/** Checks every link of the site in `root`; throws naming each broken one. Returns the number of files. */
export function checkBuiltLinks(root: string): number {
  const files = listFiles(root);
  const report = checkSiteLinks(readPages(root, files), new Set(files), { ignoreUnreachable: [PAGES.notFound] });
  const lines = [
    ...report.problems.map((p) => `dist/${p.page}: link "${p.href}": ${p.message}`),
    ...report.unreachable.map((p) => `dist/${p}: no link from ${PAGES.home} leads here`),
  ];
  if (lines.length) throw new Error(`Broken links in the built site:\n  ${lines.join('\n  ')}`);
  return files.length;
}
