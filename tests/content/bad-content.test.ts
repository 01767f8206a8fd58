/**
 * P4: bad content stops the build with a message naming the file, the field and what
 * was expected. Each case overlays one small fixture file (tests/fixtures/bad-content/<case>/)
 * on a copy of content/, builds it, and reads what the build said.
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
  ['mistyped-field', 'de-cuong/a-i-2.mdx', /order/, /expected a whole number/],
  ['duplicate-number', 'de-cuong/a-i-2.mdx', /› number/, /"A\.I\.1" is already used by .*a-i-1\.mdx; expected a unique section number/],
  ['duplicate-order', 'de-cuong/a-i-2.mdx', /› order/, /"21" is already used by .*a-i-1\.mdx; expected a unique reading order/],
  ['unknown-id', 'de-cuong/a-i-2.mdx', /› cites\[0\]/, /"nq-99-khong-co" is unknown; expected the id of a file in content\/van-ban/],
  ['broken-link', 'de-cuong/a-i-2.mdx', /› body link/, /"van-ban\/khong-co\.html" .* not a page of the site/],
  ['duplicate-slug', 'de-cuong/toan-van.mdx', /› slug/, /the page "toan-van\.html" is already made by src\/pages/],
  ['unknown-correction', 'de-cuong/a-i-2.mdx', /› body <Fix\|EditorNote id>/, /"khong-co" is not an entry of content\/hieu-dinh/],
  ['quotation-without-status', 'trich-dan/trich-dan.yaml', /status/, /expected the source status: "known", "secondary" or "unknown"/],
  ['glossary-without-full-form', 'thuat-ngu/thuat-ngu.yaml', /full/, /expected the full form of the abbreviation/],
  ['area-without-page', 'de-cuong/phan-b.mdx', /› body list/, /the area “Cải cách một lĩnh vực chưa có trang” has no page/],
  ['areas-drift', 'de-cuong/a-i-1.mdx', /› areas/, /\["tai-chinh-cong"\] differs from the areas whose pages quote this section; expected \[\]/],
  ['passage-nowhere', 'linh-vuc/the-che.md', /› passages\[0\]\.starts/, /no sentence of section "a-ii-2" begins with "Câu này không có trong đề cương"/],
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
