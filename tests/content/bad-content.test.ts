/**
 * P4: bad content stops the build with a message naming the file, the field and what was
 * expected. The rules themselves are unit tests of the schemas, validators and loaders
 * (tests/unit/outline/); these four real builds check that the build stops and says so, one
 * for each way a build can fail: a file the loaders refuse as they read it, a schema error, a
 * relation found after rendering, and MDX that does not parse. Each overlays one fixture file
 * (tests/fixtures/bad-content/<case>/) on a copy of content/, or changes the copy itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';
import { userEnv } from '../support/user-env';

const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}
/** Rewrites the sections of the copy in decomposed Unicode (NFD), as some keyboards and Mac editors write. */
const sectionsInNfd = (content: string) => filesUnder(join(content, 'de-cuong')).forEach((file) => writeFileSync(file, readFileSync(file, 'utf8').normalize('NFD')));
/** Saves one file of the copy as UTF-16, as Notepad's "Unicode" does. */
const inUtf16 = (path: string) => (content: string) => writeFileSync(join(content, path), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(join(content, path), 'utf8'), 'utf16le')]));

function buildWith(fixture: string, change?: (content: string) => void, outDir = join(work, fixture, 'dist')): { status: number | null; output: string } {
  const content = join(work, fixture, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const overlay = join(ROOT, 'tests/fixtures/bad-content', fixture);
  if (existsSync(overlay)) cpSync(overlay, content, { recursive: true });
  change?.(content);
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: userEnv({ OUTLINE_CONTENT_DIR: content, OUTLINE_CACHE_DIR: join(work, fixture, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const cases: Array<[fixture: string, file: string, field: RegExp, expected: RegExp, change?: (content: string) => void]> = [
  ['not-utf8', 'linh-vuc/the-che.md', /› encoding/, /lưu lại tệp bằng UTF-8/, inUtf16('linh-vuc/the-che.md')],
  ['missing-field', 'de-cuong/a-i-1.mdx', /title/, /expected the heading text/],
  // The sections in NFD, and still the one problem is the passage: the quotations, mentions and
  // passages (NFC in the other files) all stand in the MDX as compiled, read as NFC.
  ['passage-nowhere', 'linh-vuc/the-che.md', /› passages\[0\]\.starts/, /\(1 lỗi\)[\s\S]*no sentence of section "a-ii-2" begins with "Câu này không có trong đề cương"/, sectionsInNfd],
  // The field of a syntax error is where it stands: line 13 of the file.
  ['mdx-syntax', 'de-cuong/a-i-2.mdx', /a-i-2\.mdx:13/, /Unexpected end of file|Expected a closing tag|unexpected/i],
];

describe('bad content stops the build (P4)', () => {
  it.each(cases)('%s: names %s, the field and what was expected', (fixture, file, field, expected, change) => {
    const { status, output } = buildWith(fixture, change);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(field);
    expect(output).toMatch(expected);
    // Astro's hint for code that uses browser APIs on the server has nothing to do with content.
    expect(output).not.toContain('Browser APIs');
  });
});

describe('a build that stops keeps the last good build (P4: bad input loses nothing)', () => {
  it('leaves dist/ as it was, not emptied, and no copy beside it', () => {
    // A section numbered like another: found while the pages render, after Astro has emptied dist/.
    const outDir = join(work, 'kept', 'dist');
    mkdirSync(join(outDir, 'assets'), { recursive: true });
    writeFileSync(join(outDir, 'index.html'), '<p>the last good build</p>');
    writeFileSync(join(outDir, 'assets', 'old.js'), '');
    const { status, output } = buildWith('kept', (content) => {
      const file = join(content, 'de-cuong', 'a-i-2.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('number: "A.I.2"', 'number: "A.I.1"'));
    }, outDir);
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/a-i-2\.mdx › number: "A\.I\.1" is already used/);
    expect(output).toContain(`Build dừng: ${outDir} vẫn là bản build trước`);
    expect(filesUnder(outDir).map((file) => file.slice(outDir.length + 1)).sort()).toEqual(['assets/old.js', 'index.html']);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<p>the last good build</p>');
    expect(readdirSync(join(work, 'kept'))).not.toContain('.dist-last-good');
  });
});
