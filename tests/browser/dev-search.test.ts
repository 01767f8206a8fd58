/**
 * P3 in `npm run dev`: there is no search index before a build, and the search page says so
 * plainly instead of failing, whether it is opened directly or from the header's search box.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTestsEnabled, launchChromium } from '../../tools/harness/chromium';
import { userEnv } from '../support/user-env';

const ROOT = join(import.meta.dirname, '../..');
const enabled = browserTestsEnabled();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Waits until the dev server answers, or fails with what it printed. */
async function waitForServer(url: string, dev: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (dev.exitCode !== null) throw new Error(`astro dev stopped (exit code ${dev.exitCode}):\n${output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // not listening yet, or still preparing the page
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer at ${url} within 90 s:\n${output()}`);
}

describe.skipIf(!enabled)('search in npm run dev', () => {
  let dev: ChildProcess;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}/`;
    let output = '';
    // Astro's own script on this Node (no npx in between), so that stopping it stops the server.
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env: userEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    dev.stdout!.on('data', (chunk) => (output += chunk));
    dev.stderr!.on('data', (chunk) => (output += chunk));
    await waitForServer(`${base}tim-kiem.html`, dev, () => output);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (!dev || dev.exitCode !== null || dev.signalCode !== null) return;
    // Stopped and waited for; killed outright if it does not stop within 5 s.
    const exited = once(dev, 'exit');
    dev.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000))]);
    if (!stopped) {
      dev.kill('SIGKILL');
      await exited;
    }
  });

  it('says that search works after a build, on the search page and from the header box', async () => {
    const page = await browser.newPage();
    const crashes: string[] = [];
    page.on('pageerror', (error) => crashes.push(error.message));
    const status = page.locator('[data-search-status]');
    const whenDone = () =>
      page.waitForFunction(() => ['done', 'error'].includes(document.querySelector<HTMLElement>('[data-search-results]')?.dataset.searchState ?? ''));

    await page.goto(`${base}tim-kiem.html?q=dang`);
    await whenDone();
    // The reader is told what to do as a reader; the note for whoever edits names the command.
    // Polled: the dev server may reload the page when a file of the project changes (other tests
    // write theirs meanwhile), and the reloaded page searches again.
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('thiếu dữ liệu tìm kiếm');
    expect(await page.locator('.search-page__dev').textContent()).toContain('npm run dev');

    await page.goto(`${base}a-i-1.html`);
    await page.fill('#site-search-q', 'dao duc');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/tim-kiem\.html\?q=dao\+duc/);
    await whenDone();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('thiếu dữ liệu tìm kiếm');
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    expect(crashes).toEqual([]);
    await page.close();
  }, 120_000);
});
