import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { serveStatic, type StaticSite } from './static-server';
import { DIST } from './site';

/**
 * For a describe block: serves dist/ under a sub-path (as a school web server would) and
 * launches Chromium before its tests, and closes both after them. Read `browser` and `site`
 * inside the tests (they are set in beforeAll).
 */
export function useBrowserAndSite(basePath = '/truong/de-cuong/'): { readonly browser: Browser; readonly site: StaticSite } {
  const state: { browser?: Browser; site?: StaticSite } = {};
  beforeAll(async () => {
    state.site = await serveStatic(DIST, basePath);
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
