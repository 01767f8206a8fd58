/**
 * Build time: Astro links its stylesheets from the server's root (`/assets/x.css`), which
 * breaks under a sub-folder and from file:// (P1). Each page gets them relative to itself
 * instead (`../assets/x.css` from van-ban/). Stylesheets are files rather than inline <style>,
 * so that a school's Content-Security-Policy of `style-src 'self'` keeps the site styled.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES } from '../site/routes';
import { relativeHref } from '../site/relative-url';
import { listFiles } from './dist-files';

const ROOT_LINK = new RegExp(`(\\s(?:href|src)=")/(${FILES.assetsDir}/[^"]+)"`, 'g');

/** The page's links to /assets/… made relative to `page`. */
function relativeAssetLinks(html: string, page: string): string {
  return html.replace(ROOT_LINK, (_, attribute: string, path: string) => `${attribute}${relativeHref(page, path)}"`);
}

/** Rewrites every page of the site in `root`; returns how many changed. */
export function makeAssetLinksRelative(root: string): number {
  let changed = 0;
  for (const page of listFiles(root).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(root, page), 'utf8');
    const fixed = relativeAssetLinks(html, page);
    if (fixed !== html) {
      writeFileSync(join(root, page), fixed);
      changed += 1;
    }
  }
  return changed;
}
