import { describe, expect, it } from 'vitest';
import { exportWorksheet, MAX_FILE_BYTES, mergeWorksheets, parseStored, parseWorksheetFile } from '../../../src/site/worksheet';

const known = new Set(['cell', 'area:the-che', 'count:rut-hoc-ba']);

describe('worksheet files', () => {
  it('exports values and imports them back', () => {
    const data = { fields: { cell: { value: 'Chi bộ A', at: 1 }, 'area:the-che': { value: 'Dòng 1\nDòng 2 “trích”', at: 2 } } };
    const file = exportWorksheet(data, 'Đề cương', new Date('2026-11-25T00:00:00Z'));
    expect(JSON.parse(file)).toMatchObject({ kind: 'phieu-lien-he', version: 1, fields: { cell: 'Chi bộ A' } });
    const back = parseWorksheetFile(file, file.length, known, 5);
    expect(back).toEqual({ ok: true, data: { fields: { cell: { value: 'Chi bộ A', at: 5 }, 'area:the-che': { value: 'Dòng 1\nDòng 2 “trích”', at: 5 } } } });
  });
  it('refuses a malformed, a foreign and an oversized file, saying why in Vietnamese', () => {
    expect(parseWorksheetFile('{not json', 9, known)).toMatchObject({ ok: false, error: 'worksheet.fileNotJson' });
    expect(parseWorksheetFile('{"a":1}', 7, known)).toMatchObject({ ok: false, error: 'worksheet.fileNotWorksheet' });
    expect(parseWorksheetFile('{}', MAX_FILE_BYTES + 1, known)).toMatchObject({ ok: false, error: 'worksheet.fileTooLarge', vars: { size: 201, max: 200 } });
    const foreign = JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { other: 'x' } });
    expect(parseWorksheetFile(foreign, foreign.length, known)).toMatchObject({ ok: false, error: 'worksheet.fileUnknownField', vars: { name: 'other' } });
    const wrongType = JSON.stringify({ kind: 'phieu-lien-he', version: 1, fields: { cell: 3 } });
    expect(parseWorksheetFile(wrongType, wrongType.length, known)).toMatchObject({ ok: false });
  });
});

describe('stored worksheet', () => {
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
});
