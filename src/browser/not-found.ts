/**
 * The error page (404.html), inline because it runs where its links do not: a server shows
 * this one file for any missing address, also inside a folder of the site (van-ban/…), where
 * its links, written for the site's top folder, would point into that folder. It finds the
 * site's top folder in the address (the part before the first folder the site has) and points
 * every link, the stylesheet and the page script there.
 */
import { FILES, PAGES } from '../site/routes';

/** The site's own folders: a missing file inside one of them makes the page stand one level down. */
const FOLDERS = new Set([...Object.values(PAGES), ...Object.values(FILES)].filter((path) => path.includes('/')).map((path) => path.split('/')[0]));

function siteTop(): URL {
  const parts = location.pathname.split('/');
  const folder = parts.findIndex((part, i) => i < parts.length - 1 && FOLDERS.has(part));
  return new URL(folder === -1 ? './' : `${parts.slice(0, folder).join('/')}/`, location.href);
}

function pointToSiteTop(): void {
  const top = siteTop();
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
document.addEventListener('DOMContentLoaded', pointToSiteTop);
