// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { asciiHeadingIds } from './src/markdown/ascii-heading-ids.ts';
import { paragraphIds } from './src/markdown/paragraph-ids.ts';
import { externalLinks } from './src/markdown/external-links.ts';
import { afterBuild } from './src/build/after-build.ts';
import { classicScripts } from './src/build/classic-scripts.ts';
import { contentText } from './src/build/content-text.ts';
import { keepLastBuild } from './src/build/keep-last-build.ts';
import { siteFromEnv } from './src/build/site-url.ts';
import { FILES } from './src/site/routes.ts';

export default defineConfig({
  // The public address, only for link previews (og:url, og:image need absolute URLs). Optional:
  // without it every page still works at any address. Example: SITE_URL=https://truong.example/de-cuong/
  // A wrong address stops the build naming SITE_URL (src/build/site-url.ts).
  site: siteFromEnv(process.env.SITE_URL),
  // The bad-content tests build copies of content/ with their own cache, so they never mix with the real one.
  ...(process.env.OUTLINE_CACHE_DIR ? { cacheDir: process.env.OUTLINE_CACHE_DIR } : {}),
  // P1: one dist/ for a domain root, any sub-folder and file://. Pages are files
  // (a-i-1.html, never a-i-1/), and every internal URL is written relative by src/site/relative-url.ts.
  build: {
    format: 'file',
    // Stylesheets as files in assets/ (a Content-Security-Policy of style-src 'self' refuses inline
    // styles); src/build/relative-assets.ts links them relatively after the build.
    inlineStylesheets: 'never',
    assets: FILES.assetsDir,
  },
  trailingSlash: 'never',
  // Keep the white space between tags as written: what separates two words in the source separates
  // them on the page and in the search records (src/search/build/records.ts), whatever tags stand
  // around them, and the built pages stay readable as source.
  compressHTML: false,
  devToolbar: { enabled: false },
  markdown: {
    // P2: the outline word for word, so no "smart" quotes or dashes are made up. Headings and
    // paragraphs get ids: a search result links to the paragraph that holds its words. Links to
    // other sites open in a new window and say so.
    processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [asciiHeadingIds, paragraphIds, externalLinks] }),
  },
  // Content files read as UTF-8 in NFC by the MDX compiler too; browser scripts bundled as classic
  // script files in assets/ (404.html alone inlines its own); then the steps after the build, in the
  // order src/build/after-build.ts gives (search indexes, zip, sw.js, link check). classicScripts()
  // comes before afterBuild(): the zip and sw.js take the page scripts it writes. keepLastBuild()
  // comes last: a build that stops before all of them are done puts the last good dist/ back.
  integrations: [mdx(), contentText(), classicScripts(), afterBuild(), keepLastBuild()],
  vite: {
    // Old school PCs run old browsers: write CSS they understand ((min-width) queries, no nesting).
    build: {
      // One shared stylesheet (src/styles/index.css) for every page: one request on a weak link, then
      // cached for every page; a page with long styles of its own links one more (BaseLayout's `stylesheet`).
      cssCodeSplit: false,
      cssTarget: ['chrome87', 'edge88', 'firefox78', 'safari14'],
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler's warning about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
});
