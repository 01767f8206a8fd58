/**
 * Build time: where a page names a file to download (`data-file-size="ban-ngoai-tuyen.zip"`),
 * its size, once the file exists (the zip is made after the pages): on the island's weak link
 * a teacher weighs 335 KB before tapping. Run before sw.js is written, so that it stores the
 * pages as they are served.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { readPages } from './dist-files';

/** Where a page wants a file's size written (src/pages/index.astro: the offline zip's). */
const FILE_SIZE_ATTRIBUTE = 'data-file-size';

/** A size as a Vietnamese reader reads it: "335 KB", "1,2 MB" (a decimal comma). */
export function formatFileSize(bytes: number): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  if (kb < 1000) return `${kb} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** Writes into each page of `root` the size of the files it names; returns how many places were filled. */
export function fillFileSizes(root: string): number {
  let filled = 0;
  for (const [path, html] of readPages(root)) {
    if (!html.includes(FILE_SIZE_ATTRIBUTE)) continue;
    const page = parse(html, { comment: true });
    for (const el of page.querySelectorAll(`[${FILE_SIZE_ATTRIBUTE}]`)) {
      const file = el.getAttribute(FILE_SIZE_ATTRIBUTE)!;
      el.textContent = `, ${formatFileSize(statSync(join(root, file)).size)}`;
      filled += 1;
    }
    writeFileSync(join(root, path), page.toString());
  }
  return filled;
}
