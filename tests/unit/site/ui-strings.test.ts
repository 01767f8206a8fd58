import { describe, expect, it } from 'vitest';
import { fillPlaceholders, stringsFor, t } from '../../../src/site/ui-strings';

describe('ui strings', () => {
  it('fills placeholders', () => {
    expect(t('page.readingTime', { minutes: 3 })).toBe('3 phút đọc');
    expect(fillPlaceholders('{a} và {b}', { a: 1 })).toBe('1 và {b}');
  });
  it('hands a page only the strings its script needs', () => {
    const search = stringsFor(['search.']);
    expect(Object.keys(search)).toContain('search.loading');
    expect(Object.keys(search).filter((key) => !key.startsWith('search.'))).toEqual([]);
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
