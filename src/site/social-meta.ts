/**
 * Link previews (Open Graph), for sharing a page in Zalo or Facebook groups. Title and
 * description need no address; the page's address and its image must be absolute, so they
 * are written only when the site's public address is known at build time (SITE_URL).
 * Without it the build stays portable (P1) and only those two tags are left out.
 */
export interface SocialMetaInput {
  /** Public address of the site's folder, e.g. https://truong.example/tai-lieu/de-cuong/ */
  site?: URL;
  path: string;
  title: string;
  description: string;
  siteName: string;
  image: string;
  imageAlt: string;
}

export function socialMeta(input: SocialMetaInput): Array<{ property: string; content: string }> {
  const tags = [
    { property: 'og:type', content: input.path === 'index.html' ? 'website' : 'article' },
    { property: 'og:locale', content: 'vi_VN' },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
  ];
  if (!input.site) return tags;
  const folder = input.site.href.endsWith('/') ? input.site : new URL(`${input.site.href}/`);
  return [
    ...tags,
    { property: 'og:url', content: new URL(input.path, folder).href },
    { property: 'og:image', content: new URL(input.image, folder).href },
    { property: 'og:image:alt', content: input.imageAlt },
    { property: 'og:image:width', content: '1200' },
    { property: 'og:image:height', content: '630' },
  ];
}
