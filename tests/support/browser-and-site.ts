import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/harness/chromium';
import { serveStatic, type StaticSite } from '../../tools/harness/static-server';
import { AXE_FILE, AXE_PATH } from './page-checks';
import { DIST } from './site';

/**
 * For a describe block: serves dist/ under a sub-path (as a school web server would) and
 * launches Chromium before its tests, and closes both after them. Read `browser` and `site`
 * inside the tests (they are set in beforeAll).
 */
export function useBrowserAndSite(basePath = '/truong/de-cuong/'): { readonly browser: Browser; readonly site: StaticSite } {
  const state: { browser?: Browser; site?: StaticSite } = {};
  beforeAll(async () => {
    // axe-core is served beside the site, so the browser keeps its compiled code between pages.
    state.site = await serveStatic(DIST, basePath, { extraFiles: { [AXE_FILE]: AXE_PATH } });
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });
  return {
    get browser() {
      return state.browser!;
    },
    get site() {
      return state.site!;
    },
  };
}
