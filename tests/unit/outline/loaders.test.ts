/**
 * The content loaders (src/outline/loaders.ts) and the MDX compiler's reading of content files
 * (src/build/content-text.ts), run on files in a temporary folder with the context Astro gives.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { contentText } from '../../../src/build/content-text';
import { contentGlob, contentYamlList } from '../../../src/outline/loaders';

const root = mkdtempSync(join(tmpdir(), 'loaders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes files under `root/<folder>/`, returns the folder relative to root. */
function folder(name: string, files: Record<string, string | Uint8Array>): string {
  mkdirSync(join(root, name), { recursive: true });
  for (const [file, contents] of Object.entries(files)) writeFileSync(join(root, name, file), contents);
  return name;
}

/** What a loader stored, and the data it asked the schema to check. */
async function run(loader: { load: (context: LoaderContext) => Promise<void> }) {
  const stored = new Map<string, { data: Record<string, unknown>; body?: string; filePath?: string }>();
  const checked: Array<Record<string, unknown>> = [];
  // Astro's Markdown entry type, as glob() is given it: frontmatter and body, as read.
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }: { contents: string }) => {
      const [, rawData = '', body = ''] = /^---\n([\s\S]*?\n)---\n?([\s\S]*)$/.exec(contents) ?? [];
      return { data: { fromAstro: true }, body, rawData };
    },
  };
  const context = {
    collection: 'test',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    store: {
      keys: () => stored.keys(),
      get: (id: string) => stored.get(id),
      set: (entry: { id: string; data: Record<string, unknown>; body?: string; filePath?: string }) => stored.set(entry.id, entry),
      delete: (id: string) => stored.delete(id),
      clear: () => stored.clear(),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      checked.push(data);
      if (data.document === 'loi') throw new Error('document: expected the id of a file in content/van-ban');
      return data;
    },
    generateDigest: (text: string) => String(text.length),
    entryTypes: new Map([['.md', markdown]]),
  } as unknown as LoaderContext;
  await loader.load(context);
  return { stored, checked };
}

const NFD = (text: string) => text.normalize('NFD');

describe('contentGlob', () => {
  it('reads a file written in NFD as NFC, and its dates as written', async () => {
    const base = folder('nfd', { 'tieu-de.md': NFD('---\ntitle: "Đạo đức công vụ"\ndate: 2024-02-30\n---\nTư tưởng Hồ Chí Minh\n') });
    const { stored, checked } = await run(contentGlob({ pattern: '*.md', base }));
    expect(checked).toEqual([{ title: 'Đạo đức công vụ', date: '2024-02-30' }]);
    expect(stored.get('tieu-de')?.body).toBe('Tư tưởng Hồ Chí Minh\n');
  });
  it('refuses a file that is not UTF-8, saying to save it as UTF-8', async () => {
    const base = folder('utf16', { 'a-i-1.md': new Uint8Array([0xff, 0xfe, ...Buffer.from('---\ntitle: Cải cách\n---\n', 'utf16le')]) });
    await expect(run(contentGlob({ pattern: '*.md', base }))).rejects.toThrow(/utf16\/a-i-1\.md › encoding: .*lưu lại tệp bằng UTF-8/);
  });
  it('refuses a file name that is not ASCII, with the name to use', async () => {
    const base = folder('names', { 'cải-cách.md': '---\ntitle: x\n---\n' });
    await expect(run(contentGlob({ pattern: '*.md', base }))).rejects.toThrow('names/cải-cách.md › file name: "cải-cách.md" is not lower-case ASCII; expected a name such as "cai-cach.md"');
  });
  it('keeps Astro from adding its browser-API hint to an error that says "document"', async () => {
    const base = folder('hint', { 'a.md': '---\ndocument: loi\n---\n' });
    const error = await run(contentGlob({ pattern: '*.md', base })).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).not.toMatch(/document|window/);
  });
});

describe('contentYamlList', () => {
  it('reads the entries, each with its id, composed to NFC', async () => {
    folder('list', { 'ok.yaml': NFD('- id: cchc\n  full: cải cách hành chính\n') });
    const { stored } = await run(contentYamlList('list/ok.yaml'));
    // The id names the entry; the data holds the other fields, which the schema checks.
    expect([...stored.values()]).toEqual([{ id: 'cchc', data: { full: 'cải cách hành chính' }, filePath: 'list/ok.yaml' }]);
  });
  it('refuses an id used twice, naming both lines', async () => {
    folder('list', { 'dup.yaml': '- id: a\n  note: một\n- id: a\n  note: hai\n' });
    await expect(run(contentYamlList('list/dup.yaml'))).rejects.toThrow('list/dup.yaml › id (line 3): "a" is already the id of the entry at line 1; expected an id used once in the file');
  });
});

describe('contentText (the MDX compiler reads content as UTF-8 in NFC)', () => {
  it('gives Vite the file composed to NFC, only for content files', async () => {
    process.env.OUTLINE_CONTENT_DIR = join(root, 'mdx');
    try {
      folder('mdx', { 'a-i-1.mdx': NFD('Đạo đức công vụ') });
      const plugins: Array<{ load(id: string): string | null }> = [];
      const setup = contentText().hooks['astro:config:setup'] as unknown as (options: object) => void;
      setup({ config: { root: pathToFileURL(`${root}/`) }, updateConfig: (config: { vite: { plugins: typeof plugins } }) => plugins.push(...config.vite.plugins) });
      expect(plugins[0].load(`${join(root, 'mdx', 'a-i-1.mdx')}?astroPropagatedAssets`)).toBe('Đạo đức công vụ');
      expect(plugins[0].load(join(root, 'src', 'page.mdx'))).toBeNull();
    } finally {
      delete process.env.OUTLINE_CONTENT_DIR;
    }
  });
});
