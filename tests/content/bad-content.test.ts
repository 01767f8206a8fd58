/**
 * P4: bad content stops the build with a message naming the file, the field and what was
 * expected. The rules themselves are unit tests of the schemas and validators
 * (tests/unit/outline/); these three real builds check that the build stops and says so, one
 * for each way a build can fail: a schema error, a relation found after rendering, and MDX that
 * does not parse. Each overlays one fixture file (tests/fixtures/bad-content/<case>/) on a copy
 * of content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/site';
import { userEnv } from '../support/user-env';

const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(fixture: string): { status: number | null; output: string } {
  const content = join(work, fixture, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/bad-content', fixture), content, { recursive: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(work, fixture, 'dist')], {
    cwd: ROOT,
    env: userEnv({ OUTLINE_CONTENT_DIR: content, OUTLINE_CACHE_DIR: join(work, fixture, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

const cases: Array<[fixture: string, file: string, field: RegExp, expected: RegExp]> = [
  ['missing-field', 'de-cuong/a-i-1.mdx', /title/, /expected the heading text/],
  ['passage-nowhere', 'linh-vuc/the-che.md', /› passages\[0\]\.starts/, /no sentence of section "a-ii-2" begins with "Câu này không có trong đề cương"/],
  // The field of a syntax error is where it stands: line 13 of the file.
  ['mdx-syntax', 'de-cuong/a-i-2.mdx', /a-i-2\.mdx:13/, /Unexpected end of file|Expected a closing tag|unexpected/i],
];

describe('bad content stops the build (P4)', () => {
  it.each(cases)('%s: names %s, the field and what was expected', (fixture, file, field, expected) => {
    const { status, output } = buildWith(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toMatch(field);
    expect(output).toMatch(expected);
  });
});
