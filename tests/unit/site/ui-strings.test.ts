import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, PAGE_SCRIPT_STRINGS, stringsFor, t } from '../../../src/site/ui-strings';

const BROWSER = join(import.meta.dirname, '../../../src/browser');
/** The keys the browser scripts ask for by name, t('page.close'), with the script that asks. */
const askedInScripts = readdirSync(BROWSER).flatMap((file) => [...readFileSync(join(BROWSER, file), 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z]+)'/g)].map((m) => ({ file, key: m[1] })));

describe('ui strings', () => {
  it('fills placeholders', () => {
    expect(t('page.readingTime', { minutes: 3 })).toBe('3 phút đọc');
    expect(fillPlaceholders('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
  it('hands a page only the strings its script needs', () => {
    const search = stringsFor(['search.']);
    expect(Object.keys(search)).toContain('search.loading');
    expect(Object.keys(search).filter((key) => !key.startsWith('search.'))).toEqual([]);
    // A name without a final "." is one key.
    expect(Object.keys(stringsFor(['page.close', 'search.'])).sort()).toEqual(['page.close', ...Object.keys(search)].sort());
  });
  it('the page.* strings every page embeds are those the browser scripts ask for by name, t(\'page.…\')', () => {
    const asked = askedInScripts.filter(({ key }) => key.startsWith('page.'));
    expect(asked.length).toBeGreaterThan(0);
    for (const { file, key } of asked) expect(PAGE_SCRIPT_STRINGS, `${file} asks for ${key}`).toContain(key);
    expect([...PAGE_SCRIPT_STRINGS].sort()).toEqual([...new Set(asked.map(({ key }) => key))].sort());
    expect(Object.keys(stringsFor(PAGE_SCRIPT_STRINGS)).sort()).toEqual([...PAGE_SCRIPT_STRINGS].sort());
  });
});

describe('the wording of the interface', () => {
  const all = stringsFor(['']);
  it('speaks to teachers: no developer or English word in any string a reader can see', () => {
    const developer = /(?<![\p{L}\p{N}])(?:npm|build|dev|kind|version|fields|superior|Management|offline|undefined|null)(?![\p{L}\p{N}])|area:|count:|\.json/iu;
    for (const [key, value] of Object.entries(all)) {
      // dev.*: shown only by `npm run dev`, to whoever edits the content.
      if (key.startsWith('dev.')) continue;
      expect(developer.exec((value ?? '').replace(/\{\w+\}/g, ''))?.[0], key).toBeUndefined();
    }
  });
  it('names a field of the worksheet by its label, not by its form name', () => {
    expect(t('worksheet.fileNotText', { label: 'Cải cách thể chế – Kết quả, liên hệ tại đơn vị' })).toContain('Ô “Cải cách thể chế – Kết quả, liên hệ tại đơn vị”');
    expect(Object.values(all).join(' ')).not.toContain('{name}');
  });
});
