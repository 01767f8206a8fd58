/**
 * Every path, file name and global name of the built site, in one place. Paths are site paths:
 * relative to dist/, always naming a file (P1), e.g. `van-ban/index.html`. A page links to
 * another with `relativeHref(itsPath, route)` (relative-url.ts); nothing else writes a path.
 */

/** The pages made by src/pages/ besides those of sections, documents and areas. */
export const PAGES = {
  home: 'index.html',
  fullText: 'toan-van.html',
  corrections: 'hieu-dinh.html',
  search: 'tim-kiem.html',
  quotations: 'trich-dan.html',
  glossary: 'thuat-ngu.html',
  worksheet: 'phieu-lien-he.html',
  /** Meeting mode: the whole outline as slides (not indexed by search). */
  presentation: 'trinh-chieu.html',
  documents: 'van-ban/index.html',
  areas: 'linh-vuc/index.html',
  notFound: '404.html',
} as const;

/** (Marked pure so that a browser script that imports routes.ts without it does not carry PAGES.) */
export const STATIC_PAGES: readonly string[] = /* @__PURE__ */ Object.values(PAGES);

/** The page of a section of the outline: `a-i-1` → `a-i-1.html`. */
export const sectionPath = (id: string): string => `${id}.html`;
/** The page of a cited document. */
export const documentPath = (id: string): string => `van-ban/${id}.html`;
/** The page of a reform area. */
export const areaPath = (id: string): string => `linh-vuc/${id}.html`;

/** An entry of the editorial page (a correction or an editor's note). */
export const correctionPath = (id: string): string => `${PAGES.corrections}#${id}`;
/** An entry of the glossary. */
export const glossaryPath = (id: string): string => `${PAGES.glossary}#${id}`;
/** An entry of the quotations page. */
export const quotationPath = (id: string): string => `${PAGES.quotations}#${id}`;
/** The presentation, opened at the first slide of a section (its id is the slide's). */
export const presentationPath = (sectionId: string): string => `${PAGES.presentation}#${sectionId}`;

/*
 * The four names that the script of every page (page-setup.js, src/browser/page-setup.ts) needs,
 * exported one by one as well: a bundler keeps the whole of FILES or GLOBALS once a script reads
 * one of its properties, and that script comes with every page (P5). tests/build/site.test.ts
 * checks that it carries neither.
 */
export const WEB_MANIFEST = 'manifest.webmanifest';
export const UI_STRINGS_ATTRIBUTE = 'data-ui-strings';
export const READING_PREFS_KEY = 'de-cuong:doc';
export const SERVICE_WORKER_META = 'service-worker';

/**
 * The two words search writes into an address: the search page's query (`tim-kiem.html?q=…`,
 * the site's contract, also the name of its search boxes) and the words the page of a result
 * marks on arrival (`a-i-1.html?hl=…#paragraph`). Exported one by one as well: page-setup reads them.
 */
export const QUERY_PARAM = 'q';
export const MARKS_PARAM = 'hl';

/** Files that are not pages. */
export const FILES = {
  /** The offline copy of the whole site (a zip for a USB stick). */
  offlineZip: 'ban-ngoai-tuyen.zip',
  /** The compact search index, a classic script (it loads from file://), for a site small enough to load it whole. */
  searchIndex: 'search-index.js',
  /** The sharded search index of a larger site: its parts, classic scripts too (src/search/sharded-index.ts). */
  searchPartsDir: 'search-parts',
  /** Pagefind's folder, written for tools that read it: no page loads it. */
  pagefindDir: 'pagefind',
  /** The page scripts and the stylesheets, as files (a school's Content-Security-Policy refuses inline ones). */
  assetsDir: 'assets',
  favicon: 'favicon.svg',
  previewImage: 'og-image.png',
  /** Offline after one visit (http/https only): the service worker, at the top so that its scope covers every page, and the web app manifest with its icons. */
  serviceWorker: 'sw.js',
  webManifest: WEB_MANIFEST,
  appIcon192: 'icon-192.png',
  appIcon512: 'icon-512.png',
} as const;

/** Names shared by the build and the browser scripts. */
export const GLOBALS = {
  /** Where search-index.js puts the compact index (window.OUTLINE_SEARCH_INDEX), over http and from file:// alike. */
  compactIndex: 'OUTLINE_SEARCH_INDEX',
  /** Where each part of the sharded index puts itself (window.OUTLINE_SEARCH_PARTS[name]). */
  searchParts: 'OUTLINE_SEARCH_PARTS',
  /** The parts being loaded, by name (src/browser/search-parts.ts), shared by the search page's two scripts. */
  searchPartsLoading: 'OUTLINE_SEARCH_PARTS_LOADING',
  /** Element id of the sharded index's directory (JSON) in the search page. */
  searchDirectoryId: 'search-directory',
  /** Attribute of the JSON blocks of UI strings a page embeds for its scripts (one per layout and page). */
  uiStringsAttribute: UI_STRINGS_ATTRIBUTE,
  /** Element id of the glossary's abbreviations and their full forms (JSON) in the search page. */
  synonymsId: 'search-synonyms',
  /** The numbered documents the search page knows, to say when a query names one the outline does not cite. */
  documentsId: 'search-documents',
  /** Where each numbered section's page stands in the outline ("Mục A.II.3"), by page (JSON) in the search page, to say it above a result. */
  placesId: 'search-places',
  /** The main content, target of the skip link. */
  mainId: 'noi-dung',
  /** The search page's status and results: the page is drawn once its header and form are whole (BaseLayout's drawnWhole). */
  searchResultsId: 'ket-qua',
  /** A document page's title: a query naming the document by its number opens the page there. */
  documentTitleId: 'van-ban',
  /** localStorage keys. */
  readingPrefsKey: READING_PREFS_KEY,
  /** localStorage key of the presentation's light or dark look. */
  presentationThemeKey: 'de-cuong:trinh-chieu',
  /** Where sw.js finds the list of files it stores, their version and its words (self.OUTLINE_OFFLINE_COPY). */
  offlineCopy: 'OUTLINE_OFFLINE_COPY',
  /** The <meta> that tells a built page where the service worker is (relative); absent in `npm run dev` and on 404.html. */
  serviceWorkerMeta: SERVICE_WORKER_META,
} as const;
