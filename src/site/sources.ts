/** Links to the sources of the facts the site adds (documents, quotations, indices). */

export interface SourceLink {
  url: string;
  /** What the link says: the site's name, e.g. "luatvietnam.vn". */
  host: string;
  /** True when the address itself says the page is in English (an "english." site or an "/en/" path). */
  english: boolean;
}

/**
 * A source as a link. Only the address is read: a page is flagged as English when its host
 * starts with "english." or its path with "/en/", nothing is guessed from the words of the page.
 */
export function sourceLink(url: string): SourceLink {
  const { hostname, pathname } = new URL(url);
  return { url, host: hostname, english: hostname.startsWith('english.') || /^\/en(\/|$)/.test(pathname) };
}
