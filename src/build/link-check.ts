import { parse } from 'node-html-parser';
import { isExternalHref, resolveHref } from '../site/relative-url';

/**
 * Checks the links of the built site with file:// semantics (promise P1):
 * every href/src is relative, names a file that exists, and its #fragment is an id
 * of the target page; every page can be reached from the entry page.
 */
export interface LinkProblem {
  page: string;
  href: string;
  message: string;
}

export interface SiteLinkReport {
  problems: LinkProblem[];
  /** HTML pages that no chain of links from the entry page reaches. */
  unreachable: string[];
}

const LINK_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
];

/** Ids (and anchor names) of a page, for checking #fragments. */
function pageIds(html: string): Set<string> {
  const root = parse(html);
  const ids = new Set<string>();
  for (const el of root.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of root.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return ids;
}

/**
 * @param pages HTML of every page, by site path (`index.html`, `van-ban/nq-27.html`)
 * @param files every file of dist/, by site path (pages included)
 * @param options.entry the page readers start from; options.ignoreUnreachable pages not expected to be linked
 */
export function checkSiteLinks(
  pages: ReadonlyMap<string, string>,
  files: ReadonlySet<string>,
  options: { entry?: string; ignoreUnreachable?: string[] } = {},
): SiteLinkReport {
  const entry = options.entry ?? 'index.html';
  const problems: LinkProblem[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!idsCache.has(path)) idsCache.set(path, pageIds(pages.get(path) ?? ''));
    return idsCache.get(path)!;
  };
  const linksFrom = new Map<string, string[]>();

  for (const [page, html] of pages) {
    const root = parse(html);
    const targets: string[] = [];
    for (const [selector, attribute] of LINK_ATTRIBUTES) {
      for (const el of root.querySelectorAll(selector)) {
        const href = el.getAttribute(attribute)!.trim();
        // A link may lead out of the site; a stylesheet, script or image must not come from outside (P1).
        const problem =
          selector !== 'a[href]' && isExternalHref(href)
            ? 'loads a file from outside the site: copy it into the site and link it relatively'
            : checkHref(page, href, files, pages, idsOf);
        if (problem) problems.push({ page, href, message: problem });
        else if (selector === 'a[href]' && !isExternalHref(href)) targets.push(resolveHref(page, href));
      }
    }
    linksFrom.set(page, targets);
  }

  const reached = new Set<string>();
  const queue = pages.has(entry) ? [entry] : [];
  while (queue.length) {
    const page = queue.shift()!;
    if (reached.has(page)) continue;
    reached.add(page);
    for (const target of linksFrom.get(page) ?? []) if (pages.has(target) && !reached.has(target)) queue.push(target);
  }
  const ignored = new Set(options.ignoreUnreachable ?? []);
  const unreachable = [...pages.keys()].filter((p) => !reached.has(p) && !ignored.has(p)).sort();
  return { problems, unreachable };
}

function checkHref(
  page: string,
  href: string,
  files: ReadonlySet<string>,
  pages: ReadonlyMap<string, string>,
  idsOf: (path: string) => Set<string>,
): string | undefined {
  if (href === '') return 'empty URL';
  if (/^(mailto|tel|data|javascript):/i.test(href)) return undefined;
  if (isExternalHref(href)) return undefined;
  if (href.startsWith('/')) return 'absolute path: breaks under a sub-folder and from file://; write it relative';
  const path = href.replace(/[?#].*$/, '');
  if (path.endsWith('/')) return 'points to a folder: file:// shows a folder listing; name the file (…/index.html)';
  const target = resolveHref(page, href);
  if (!files.has(target)) return `no such file in dist/: "${target}"`;
  const hash = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : '';
  if (hash && pages.has(target) && !idsOf(target).has(hash)) {
    const available = [...idsOf(target)].slice(0, 12).join(', ');
    return `no id "${hash}" in ${target} (ids there: ${available}${idsOf(target).size > 12 ? ', …' : ''})`;
  }
  return undefined;
}
