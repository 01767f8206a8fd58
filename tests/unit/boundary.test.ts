/**
 * Browser scripts run in the page, many from file://: they may use src/site and src/search,
 * never build-time code (src/outline, src/build, src/search/build), Node's built-ins or
 * packages such as node-html-parser. Each script is bundled as the build bundles it, and every
 * module the bundle takes in, or leaves out as external, is checked.
 */
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BROWSER = join(ROOT, 'src/browser');
const ALLOWED = /^src\/(site|browser)\/[^/]+\.ts$|^src\/search\/(?!build\/)[^/]+\.ts$/;

/** Every module a bundle of `entry` reaches, as project paths (or as written, when left external). */
export async function modulesReachedFrom(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'iife',
    logLevel: 'silent',
    // Left out rather than failing the bundle, so that the test can name them.
    external: ['node:*', 'fs', 'path', 'url', 'astro', 'astro:*', 'node-html-parser', 'pagefind'],
  });
  const inputs = Object.entries(result.metafile.inputs);
  const external = inputs.flatMap(([, input]) => input.imports.filter((i) => i.external).map((i) => i.path));
  return [...inputs.map(([path]) => relative(ROOT, join(process.cwd(), path))), ...external];
}

describe('browser scripts stay apart from build-time code', () => {
  for (const name of readdirSync(BROWSER).filter((f) => f.endsWith('.ts'))) {
    it(`src/browser/${name} reaches only src/site, src/search and src/browser`, async () => {
      const modules = await modulesReachedFrom(join(BROWSER, name));
      expect(modules.length).toBeGreaterThan(0);
      expect(modules.filter((path) => !ALLOWED.test(path))).toEqual([]);
    });
  }
  it('would name a forbidden import (the check can fail)', async () => {
    const modules = await modulesReachedFrom(join(ROOT, 'src/search/build/records.ts'));
    expect(modules).toContain('node-html-parser');
  });
});
