import { describe, expect, it } from 'vitest';
import {
  exportWorksheet,
  isCalendarDate,
  joinConflict,
  MAX_FIELD_CHARS,
  MAX_FILE_BYTES,
  mergeWorksheets,
  parseStored,
  parseWorksheetFile,
  stampAll,
  keyBeforeTitleFix,
  storageKey,
  type FieldInfo,
} from '../../../src/site/worksheet';

const fields = new Map<string, FieldInfo>([
  ['cell', { label: 'Tên chi bộ', kind: 'text' }],
  ['date', { label: 'Ngày', kind: 'date' }],
  ['area:the-che', { label: 'Cải cách thể chế', kind: 'text' }],
  ['count:rut-hoc-ba', { label: 'Rút học bạ', kind: 'count' }],
]);
const file = (values: Record<string, unknown>) => JSON.stringify({ kind: 'phieu-lien-he', version: 1, outline: 'Đề cương', exportedAt: '2026-11-25T08:00:00Z', fields: values });

describe('worksheet files', () => {
  it('exports values and imports them back, saying whose file it is and which fields it fills', () => {
    const data = { fields: { cell: { value: 'Chi bộ A', at: 1 }, 'area:the-che': { value: 'Dòng 1\nDòng 2 “trích”', at: 2 } } };
    const text = exportWorksheet(data, 'Đề cương', new Date('2026-11-25T00:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ kind: 'phieu-lien-he', version: 1, outline: 'Đề cương', fields: { cell: 'Chi bộ A' } });
    const back = parseWorksheetFile(text, text.length, fields, 5);
    expect(back).toEqual({
      ok: true,
      file: {
        data: { fields: { cell: { value: 'Chi bộ A', at: 5 }, 'area:the-che': { value: 'Dòng 1\nDòng 2 “trích”', at: 5 } } },
        outline: 'Đề cương',
        exportedAt: '2026-11-25T00:00:00.000Z',
        filled: ['cell', 'area:the-che'],
        cleaned: [],
      },
    });
  });
  it('refuses a malformed, a foreign and an oversized file, naming fields by their labels', () => {
    expect(parseWorksheetFile('{not json', 9, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotJson' });
    expect(parseWorksheetFile('{"a":1}', 7, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotWorksheet' });
    expect(parseWorksheetFile('{}', MAX_FILE_BYTES + 1, fields)).toMatchObject({ ok: false, key: 'worksheet.fileTooLarge', vars: { size: 201, max: 200 } });
    expect(parseWorksheetFile(file({ other: 'x' }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileUnknownField', vars: { name: 'other' } });
    expect(parseWorksheetFile(file({ cell: 3 }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotText', vars: { name: 'Tên chi bộ' } });
    expect(parseWorksheetFile(file({ cell: 'x'.repeat(MAX_FIELD_CHARS + 1) }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fieldTooLong', vars: { name: 'Tên chi bộ' } });
  });
  it('leaves an impossible date or a count that is not a number empty, and says which', () => {
    const result = parseWorksheetFile(file({ date: '2024-13-45', 'count:rut-hoc-ba': 'abc', cell: 'A' }), 80, fields, 7);
    expect(result).toMatchObject({ ok: true, file: { cleaned: ['date', 'count:rut-hoc-ba'], filled: ['cell'] } });
    expect(result.ok && result.file.data.fields.date).toEqual({ value: '', at: 7 });
    expect(parseWorksheetFile(file({ date: '2024-02-29', 'count:rut-hoc-ba': '12' }), 80, fields)).toMatchObject({ ok: true, file: { cleaned: [] } });
  });
  it('knows a calendar date as the date box writes it', () => {
    expect(['2024-02-29', '2024-10-15'].map(isCalendarDate)).toEqual([true, true]);
    expect(['2023-02-29', '2024-13-45', '2024-02-30', '15/10/2024', ''].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
});

describe('stored worksheet', () => {
  it('keeps each outline apart: cell, title and date make the key', () => {
    const q3 = storageKey({ cell: 'CHI BỘ TRƯỜNG THCS AN HẢI', title: 'Đề cương sinh hoạt theo chủ điểm quý III năm 2024', date: '2024-10-15' });
    expect(q3).toBe('phieu-lien-he:v2:chi-bo-truong-thcs-an-hai:de-cuong-sinh-hoat-theo-chu-diem-quy-iii-nam-2024:2024-10-15');
    expect(storageKey({ cell: 'CHI BỘ TRƯỜNG THCS AN HẢI', title: 'Đề cương sinh hoạt theo chủ điểm quý IV năm 2024', date: '2025-01-10' })).not.toBe(q3);
  });
  it('finds the key saved before the title was corrected: same cell and date, exactly one', () => {
    const key = 'phieu-lien-he:v2:chi-bo-a:de-cuong-quy-iii:2024-10-15';
    const before = 'phieu-lien-he:v2:chi-bo-a:de-cuong-qui-iii:2024-10-15';
    const nextQuarter = 'phieu-lien-he:v2:chi-bo-a:de-cuong-quy-iv:2025-01-10';
    const otherCell = 'phieu-lien-he:v2:chi-bo-b:de-cuong-qui-iii:2024-10-15';
    expect(keyBeforeTitleFix(key, [key, before, nextQuarter, otherCell, `${before}:hoan-tac`, 'phieu-lien-he:v1'])).toBe(before);
    expect(keyBeforeTitleFix(key, [key, nextQuarter, otherCell])).toBeUndefined();
    // Two candidates would be a guess.
    expect(keyBeforeTitleFix(key, [before, 'phieu-lien-he:v2:chi-bo-a:de-cuong-iii:2024-10-15'])).toBeUndefined();
  });
  it('reads what was saved and ignores damage', () => {
    expect(parseStored('{"fields":{"cell":{"value":"A","at":1},"bad":{"value":2}}}')).toEqual({ fields: { cell: { value: 'A', at: 1 } } });
    expect(parseStored('garbage')).toEqual({ fields: {} });
    expect(parseStored(null)).toEqual({ fields: {} });
  });
  it('merges two tabs field by field, newest first', () => {
    const a = { fields: { cell: { value: 'A', at: 2 }, 'area:the-che': { value: 'old', at: 1 } } };
    const b = { fields: { cell: { value: 'B', at: 1 }, 'area:the-che': { value: 'new', at: 3 }, 'count:rut-hoc-ba': { value: '4', at: 1 } } };
    expect(mergeWorksheets(a, b).fields).toEqual({ cell: { value: 'A', at: 2 }, 'area:the-che': { value: 'new', at: 3 }, 'count:rut-hoc-ba': { value: '4', at: 1 } });
  });
  it('keeps both texts of a box two tabs changed at once, this tab\'s first', () => {
    expect(joinConflict('Của thẻ A', 'Của thẻ B', '— thẻ khác —')).toBe('Của thẻ A\n\n— thẻ khác —\nCủa thẻ B');
    expect(joinConflict('Giống nhau', 'Giống nhau', '—')).toBeUndefined();
    expect(joinConflict('Đoạn đầu và thêm', 'Đoạn đầu', '—')).toBeUndefined();
    expect(joinConflict('Đoạn đầu', 'Đoạn đầu và thêm', '—')).toBe('Đoạn đầu và thêm');
  });
  it('stamps every field of the form, empty where the data has none', () => {
    expect(stampAll(['cell', 'date'], { fields: { cell: { value: 'A', at: 1 } } }, 9)).toEqual({ fields: { cell: { value: 'A', at: 9 }, date: { value: '', at: 9 } } });
  });
});
