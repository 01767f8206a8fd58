/**
 * The error page (404.html), inline because it runs where its links do not: a server shows
 * this one file for any missing address, also inside a folder of the site (van-ban/…), where
 * its links, written for the site's top folder, would point into that folder. It finds the
 * site's top folder in the address (the part before the first folder the site has) and points
 * every link, the stylesheet and the page script there. An address with no folder of the site
 * ("a/b/khong-co.html", mistyped) is asked of the server: the top is the nearest folder above
 * that holds the site's manifest.
 */
import { FILES, PAGES, WEB_MANIFEST } from '../site/routes';

/** The site's own folders: a missing file inside one of them makes the page stand one level down. */
const FOLDERS = new Set([...Object.values(PAGES), ...Object.values(FILES)].filter((path) => path.includes('/')).map((path) => path.split('/')[0]));

/** The site's top folder from a folder of the site in the address; undefined when it has none. */
function siteTopInAddress(): URL | undefined {
  const parts = location.pathname.split('/');
  // The last one: a site published under a folder of the same name ("…/van-ban/de-cuong/") keeps its
  // own (a loop: old browsers lack findLastIndex).
  let folder = -1;
  for (let i = parts.length - 2; i >= 0 && folder === -1; i -= 1) if (FOLDERS.has(parts[i])) folder = i;
  return folder === -1 ? undefined : new URL(`${parts.slice(0, folder).join('/')}/`, location.href);
}

/** The nearest folder at or above this one that holds the site's manifest (one request per folder); undefined when none does. */
async function siteTopAsked(): Promise<URL | undefined> {
  // Opened as itself (404.html), it stands at the top already.
  if (!/^https?:$/.test(location.protocol) || location.pathname.endsWith(`/${PAGES.notFound}`)) return undefined;
  for (let folder = new URL('./', location.href); ; folder = new URL('../', folder)) {
    try {
      if ((await fetch(new URL(WEB_MANIFEST, folder), { method: 'HEAD', cache: 'no-store' })).ok) return folder;
    } catch {
      return undefined;
    }
    if (folder.pathname === '/') return undefined;
  }
}

function pointToSiteTop(top: URL): void {
  if (top.href === new URL('./', location.href).href) return;
  for (const [selector, attribute] of [['a[href]', 'href'], ['link[href]', 'href'], ['form[action]', 'action'], ['img[src]', 'src']] as const) {
    for (const el of document.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)!;
      if (!/^([a-z]+:|\/|#)/i.test(value)) el.setAttribute(attribute, new URL(value, top).href);
    }
  }
  // The page script did not load from here: load it from the top folder.
  for (const old of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    const script = document.createElement('script');
    script.src = new URL(old.getAttribute('src')!, top).href;
    old.replaceWith(script);
  }
}

// The footer's links come after this script in the page.
document.addEventListener('DOMContentLoaded', () => {
  const top = siteTopInAddress();
  if (top) pointToSiteTop(top);
  else void siteTopAsked().then((asked) => asked && pointToSiteTop(asked));
});
