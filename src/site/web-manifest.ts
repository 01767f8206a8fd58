/**
 * The web app manifest (dist/manifest.webmanifest), which lets a phone keep the site on its home
 * screen with its name and star. Every URL in it is relative to the manifest, which stands at the
 * site's top folder, so it works under any sub-path (P1); start_url names a file, as every
 * internal URL of the site does.
 */
import { FILES, PAGES } from './routes';

export interface WebManifestInput {
  /** The outline's title, e.g. "Đề cương sinh hoạt theo chủ điểm quý III năm 2024". */
  name: string;
  /** A few letters for under the icon. */
  shortName: string;
  description: string;
}

/** The colours of the header and of the page (src/styles/site.css), for the splash screen and the title bar. */
const THEME_COLOR = '#a3221b';
const BACKGROUND_COLOR = '#fdfcfa';

export function webManifest({ name, shortName, description }: WebManifestInput) {
  const png = (src: string, size: number, purpose: 'any' | 'maskable') => ({ src, sizes: `${size}x${size}`, type: 'image/png', purpose });
  return {
    name,
    short_name: shortName,
    description,
    lang: 'vi',
    dir: 'ltr',
    start_url: PAGES.home,
    scope: '.',
    // A document, not an app: the reader keeps the browser's back and reload buttons.
    display: 'minimal-ui',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    // The star on red fills the square, inside the middle circle a phone keeps when it rounds icons (maskable).
    icons: [
      png(FILES.appIcon192, 192, 'any'),
      png(FILES.appIcon512, 512, 'any'),
      png(FILES.appIcon192, 192, 'maskable'),
      png(FILES.appIcon512, 512, 'maskable'),
      { src: FILES.favicon, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
