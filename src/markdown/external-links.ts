import type { HastPluginEntry } from 'satteri';
import { sourceLink } from '../site/sources';
import { t } from '../site/ui-strings';

/** A link to another site: http(s), not an address of this one (all of which are relative). */
const EXTERNAL = /^https?:\/\//i;

/**
 * Sätteri hast plugin: a link of a Markdown page (the areas' texts, the documents' notes) to
 * another site opens in a new window and says so after it, "(trang ngoài, mở cửa sổ mới)", as the
 * links the site writes itself do (src/components/ExternalLink.astro): a teacher reading the USB
 * copy offline knows before tapping that it needs the internet. The words are the site's, not the
 * page's: search leaves them out (data-pagefind-ignore). A page the address says is in English
 * (src/site/sources.ts, the rule of every source link) gets hreflang="en" and says so. Not the
 * outline's own sections (MDX): their text stays as written (P2).
 */
export const externalLinks: HastPluginEntry = ({ sourceFormat }) => {
  if (sourceFormat !== 'markdown') return null;
  return {
    name: 'external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string' || !EXTERNAL.test(href)) return;
        ctx.setProperty(node, 'target', '_blank');
        ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        const { english } = sourceLink(href);
        if (english) ctx.setProperty(node, 'hrefLang', 'en');
        // The space stands inside the words it brings: search, which leaves them out, reads
        // "… Đảng." where the source says so, not "… Đảng .".
        ctx.insertAfter(node, {
          type: 'element',
          tagName: 'span',
          properties: { className: ['external'], dataPagefindIgnore: '' },
          children: [{ type: 'text', value: ` ${t(english ? 'document.externalEnglish' : 'document.external')}` }],
        });
      },
    },
  };
};
