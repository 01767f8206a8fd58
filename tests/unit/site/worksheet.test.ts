import { describe, expect, it } from 'vitest';
import { type FieldInfo, keyBeforeTitleFix, parseStored, stampAll, storageKey, unknownBoxes, type WorksheetData } from '../../../src/site/worksheet';
import { exportWorksheet, MAX_FIELD_CHARS, MAX_FILE_BYTES, parseWorksheetFile, worksheetFileName } from '../../../src/site/worksheet-file';
import { addWorksheet, caretAfterChange, changeFrom, changedElsewhere, joinConflict, mergeEdits, mergeWorksheets, savedTextLost, wordsChanged } from '../../../src/site/worksheet-merge';
import { keepForUndo, type KeptWorksheet, parseUndo, UNDO_STEPS, undoStep } from '../../../src/site/worksheet-undo';
import { dateAsRead, isCalendarDate, isCount, printedUnitName } from '../../../src/site/worksheet-values';

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
        unknown: [],
      },
    });
  });
  it('opens a file with a box this page does not have (a count a republish named anew), keeping its text and naming it', () => {
    const result = parseWorksheetFile(file({ cell: 'Chi bộ A', 'count:rut-hoc-ba-cu': '5', 'count:trong': '' }), 80, fields, 3);
    expect(result).toMatchObject({ ok: true, file: { filled: ['cell'], unknown: ['count:rut-hoc-ba-cu'] } });
    expect(result.ok && result.file.data.fields['count:rut-hoc-ba-cu']).toEqual({ value: '5', at: 3 });
    expect(unknownBoxes({ fields: { cell: { value: 'A', at: 1 }, 'count:cu': { value: '5', at: 1 }, 'count:trong': { value: ' ', at: 1 } } }, fields)).toEqual([{ name: 'count:cu', value: '5' }]);
    // Its text is checked as any box's.
    expect(parseWorksheetFile(file({ 'count:cu': 5 }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotText', vars: { name: 'count:cu' } });
  });
  it('refuses a malformed, a foreign and an oversized file, naming fields by their labels', () => {
    expect(parseWorksheetFile('{not json', 9, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotJson' });
    // An empty file, and a worksheet file cut short, are said to be so.
    expect(parseWorksheetFile('', 0, fields)).toMatchObject({ ok: false, key: 'worksheet.fileEmpty' });
    const whole = file({ cell: 'Chi bộ A', 'area:the-che': 'Kết quả' });
    expect(parseWorksheetFile(whole.slice(0, whole.length - 20), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileDamaged' });
    expect(parseWorksheetFile('{"a":1}', 7, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotWorksheet' });
    // A worksheet saved by a newer version of the page is said to be one.
    expect(parseWorksheetFile(JSON.stringify({ kind: 'phieu-lien-he', version: 2, fields: {} }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNewerVersion' });
    expect(parseWorksheetFile('{}', MAX_FILE_BYTES + 1, fields)).toMatchObject({ ok: false, key: 'worksheet.fileTooLarge', vars: { size: MAX_FILE_BYTES / 1024 + 1, max: MAX_FILE_BYTES / 1024 } });
    // A name the page would never make is no box of any worksheet.
    for (const name of ['__proto__', 'Ô khác', 'area:', 'count:a:b', 'area:the che'])
      expect(parseWorksheetFile(file({ [name]: 'x' }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileUnknownField', vars: { name } });
    expect(parseWorksheetFile(file({ cell: 3 }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fileNotText', vars: { name: 'Tên chi bộ' } });
    expect(parseWorksheetFile(file({ cell: 'x'.repeat(MAX_FIELD_CHARS + 1) }), 40, fields)).toMatchObject({ ok: false, key: 'worksheet.fieldTooLong', vars: { name: 'Tên chi bộ' } });
  });
  it('opens again whatever the page can save: a browser keeps about 2.5 million characters for a site, in one box or in several', () => {
    // What a browser's storage holds for a site (5 MB of UTF-16), all Vietnamese letters of 3 bytes in UTF-8.
    const most = 2_500_000;
    const long = 'ệ'.repeat(most - 10);
    const one = exportWorksheet({ fields: { cell: { value: 'A', at: 1 }, 'area:the-che': { value: long, at: 1 } } }, 'Đề cương');
    const bytes = Buffer.byteLength(one);
    expect(bytes).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(parseWorksheetFile(one, bytes, fields)).toMatchObject({ ok: true, file: { filled: ['cell', 'area:the-che'] } });
    // A box of some eight printed pages (the review's case: 41,600 characters).
    const eight = exportWorksheet({ fields: { 'area:the-che': { value: 'Đã thực hiện. '.repeat(3200), at: 1 } } }, 'Đề cương');
    expect(parseWorksheetFile(eight, Buffer.byteLength(eight), fields)).toMatchObject({ ok: true });
  });
  it('leaves an impossible date empty, and says which', () => {
    const result = parseWorksheetFile(file({ date: '2024-13-45', 'count:rut-hoc-ba': 'abc', cell: 'A' }), 80, fields, 7);
    expect(result).toMatchObject({ ok: true, file: { cleaned: ['date'], filled: ['count:rut-hoc-ba', 'cell'] } });
    expect(result.ok && result.file.data.fields.date).toEqual({ value: '', at: 7 });
    expect(parseWorksheetFile(file({ date: '2024-02-29', 'count:rut-hoc-ba': '12' }), 80, fields)).toMatchObject({ ok: true, file: { cleaned: [] } });
  });
  it('brings back a count as the page saved it, even one the page said is no count ("-3", "2.5"): nothing typed is lost', () => {
    for (const typed of ['-3', '2.5', '0', '12 hồ sơ']) {
      const result = parseWorksheetFile(file({ 'count:rut-hoc-ba': typed }), 80, fields, 7);
      expect(result, typed).toMatchObject({ ok: true, file: { cleaned: [], filled: ['count:rut-hoc-ba'] } });
      expect(result.ok && result.file.data.fields['count:rut-hoc-ba'].value, typed).toBe(typed);
    }
  });
  it('knows a count: a whole number from 0', () => {
    expect(['0', '3', '12345678'].map(isCount)).toEqual([true, true, true]);
    expect(['-3', '2.5', '', '1e3', ' 3'].map(isCount)).toEqual([false, false, false, false, false]);
  });
  it('knows a calendar date as the date box writes it', () => {
    expect(['2024-02-29', '2024-10-15'].map(isCalendarDate)).toEqual([true, true]);
    // An odd year the box gave (Firefox's "0004", Chromium's six digits) is a date: a file keeps it, the page asks about it.
    expect(['0004-02-01', '202410-10-20', '2000-02-29'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2100-02-29', '0004-02-30', '1234567-01-01'].map(isCalendarDate)).toEqual([false, false, false]);
    expect(['2023-02-29', '2024-13-45', '2024-02-30', '15/10/2024', ''].map(isCalendarDate)).toEqual([false, false, false, false, false]);
  });
  it('names a saved worksheet\'s file after its cell and reporter, as typed', () => {
    expect(worksheetFileName({ cell: 'Chi bộ Trường THCS An Hải', reporter: 'Dương Văn Nông' })).toBe('phieu-lien-he-chi-bo-truong-thcs-an-hai-duong-van-nong.json');
    expect(worksheetFileName({ reporter: '  Đặng Thị Hoa ' })).toBe('phieu-lien-he-dang-thi-hoa.json');
    expect(worksheetFileName({ cell: '', reporter: '…' })).toBe('phieu-lien-he.json');
    expect(worksheetFileName({})).toBe('phieu-lien-he.json');
  });
  it('adds another teacher\'s worksheet to this one: empty boxes take its text, text boxes keep both, a box of one value keeps this one\'s', () => {
    const ours = { fields: { cell: { value: 'Chi bộ An Hải', at: 1 }, 'area:the-che': { value: 'Phần của tôi', at: 1 }, date: { value: '2024-10-15', at: 1 }, 'area:chuyen-doi-so': { value: 'Chung', at: 1 }, 'area:chi-so': { value: '5 hồ sơ', at: 1 }, place: { value: '  ', at: 1 } } };
    const theirs = { fields: { cell: { value: 'Chi bộ Khác', at: 2 }, 'area:the-che': { value: 'Phần của cô Hoa', at: 2 }, date: { value: '2024-10-16', at: 2 }, 'area:tai-chinh-cong': { value: 'Mới', at: 2 }, 'area:chuyen-doi-so': { value: 'Chung', at: 2 }, 'count:rut-hoc-ba': { value: '3', at: 2 }, 'area:chi-so': { value: '15 hồ sơ', at: 2 }, place: { value: 'An Hải', at: 2 }, 'area:to-chuc-bo-may': { value: ' ', at: 2 } } };
    const text = { kind: 'text' as const, oneLine: false };
    const boxes = new Map([
      ['cell', { kind: 'text' as const, oneLine: true }],
      ['place', { kind: 'text' as const, oneLine: true }],
      ['date', { kind: 'date' as const, oneLine: true }],
      ['area:the-che', text],
      ['area:tai-chinh-cong', text],
      ['area:chuyen-doi-so', text],
      ['area:chi-so', text],
      ['area:to-chuc-bo-may', text],
      ['count:rut-hoc-ba', { kind: 'count' as const, oneLine: true }],
    ]);
    const separator = '— Phần của cô Hoa (tệp “hoa.json”): —';
    const { data, kept, joined, filled } = addWorksheet(ours, theirs, boxes, separator);
    const values = (worksheet: typeof data) => Object.fromEntries(Object.entries(worksheet.fields).map(([name, field]) => [name, field.value]));
    expect(values(data)).toEqual({
      cell: 'Chi bộ An Hải',
      place: 'An Hải',
      date: '2024-10-15',
      'area:the-che': `Phần của tôi\n\n${separator}\nPhần của cô Hoa`,
      'area:tai-chinh-cong': 'Mới',
      'area:chuyen-doi-so': 'Chung',
      // Two teachers' answers, one inside the other: neither is taken for the other.
      'area:chi-so': `5 hồ sơ\n\n${separator}\n15 hồ sơ`,
      'count:rut-hoc-ba': '3',
    });
    expect(kept).toEqual([{ name: 'cell', theirs: 'Chi bộ Khác' }, { name: 'date', theirs: '2024-10-16' }]);
    expect(joined).toEqual(['area:the-che', 'area:chi-so']);
    expect(filled).toEqual(['place', 'area:tai-chinh-cong', 'count:rut-hoc-ba']);
    // The same file merged again adds nothing more, and says so (nothing filled or joined).
    const again = addWorksheet(data, theirs, boxes, separator);
    expect(values(again.data)).toEqual(values(data));
    expect([again.filled, again.joined]).toEqual([[], []]);
    // The same words typed in another Unicode form (NFD: "a" and its mark) are the same text.
    const nfd = { fields: Object.fromEntries(Object.entries(theirs.fields).map(([name, field]) => [name, { ...field, value: field.value.normalize('NFD') }])) };
    expect(nfd.fields['area:the-che'].value).not.toBe(theirs.fields['area:the-che'].value);
    const nfdAgain = addWorksheet(data, nfd, boxes, separator);
    expect([nfdAgain.filled, nfdAgain.joined, values(nfdAgain.data)]).toEqual([[], [], values(data)]);
    expect(joinConflict('Phần của tôi', 'Phần của tôi'.normalize('NFD'), '—')).toBeUndefined();
    // Nothing of this worksheet is lost, whatever the file holds; a box the page leaves out is not read.
    expect(addWorksheet(ours, { fields: {} }, boxes, '—').data).toEqual(ours);
    expect(addWorksheet({ fields: {} }, theirs, new Map(), '—').data).toEqual({ fields: {} });
  });
  it('prints a unit\'s long name with the proper name it ends with held together (else its last two words), a short one as typed', () => {
    expect(printedUnitName('Chi bộ Trường Tiểu học An Hải')).toBe('Chi bộ Trường Tiểu học An\u00a0Hải');
    expect(printedUnitName('Chi bộ Trường Trung học cơ sở Phạm Văn Đồng')).toBe('Chi bộ Trường Trung học cơ sở Phạm\u00a0Văn\u00a0Đồng');
    expect(printedUnitName('Chi bộ Trường Tiểu học Nguyễn Thị Minh Khai')).toBe('Chi bộ Trường Tiểu học Nguyễn\u00a0Thị\u00a0Minh\u00a0Khai');
    // At most four words, and no longer than half a line: "Trường THCS An Hải" fits, a longer run is cut from its start.
    expect(printedUnitName('Chi bộ Trường THCS An Hải')).toBe('Chi bộ Trường\u00a0THCS\u00a0An\u00a0Hải');
    expect(printedUnitName('Chi bộ Trường THPT Chuyên Nguyễn Khuyến')).toBe('Chi bộ Trường THPT Chuyên\u00a0Nguyễn\u00a0Khuyến');
    expect(printedUnitName('Chi bộ Khối Cơ Quan Huyện Đảng Ủy Lý Sơn')).toBe('Chi bộ Khối Cơ Quan Huyện Đảng\u00a0Ủy\u00a0Lý\u00a0Sơn');
    // A name that ends in a small word or a number: its last two words.
    expect(printedUnitName('Chi bộ trường học số 2')).toBe('Chi bộ trường học số\u00a02');
    expect(printedUnitName(' Đảng ủy  xã An Hải ')).toBe('Đảng ủy xã An\u00a0Hải');
    expect(printedUnitName('Chi bộ Lý Sơn')).toBe('Chi bộ Lý\u00a0Sơn');
    expect(printedUnitName('Chi bộ Thử')).toBe('Chi bộ Thử');
    expect(printedUnitName('')).toBe('');
  });
  it('reads the date box back in words, as the printed header writes it, and knows a year far from the outline\'s and from this year', () => {
    expect(dateAsRead('2024-10-20', 2024, 2026)).toEqual({ words: 'ngày 20 tháng 10 năm 2024', year: 2024, farYear: false });
    expect(dateAsRead('2025-01-05', 2024, 2026)?.farYear).toBe(false);
    // Today's date, two years after the outline's, is no slip.
    expect(dateAsRead('2026-12-02', 2024, 2026)?.farYear).toBe(false);
    expect(dateAsRead('2014-10-20', 2024, 2026)?.farYear).toBe(true);
    expect(dateAsRead('0004-02-01', 2024, 2026)).toEqual({ words: 'ngày 1 tháng 2 năm 4', year: 4, farYear: true });
    // Chromium's box takes a year of up to six digits: one typed too many is shown, and asked about.
    expect(dateAsRead('202410-10-20', 2024, 2026)).toEqual({ words: 'ngày 20 tháng 10 năm 202410', year: 202410, farYear: true });
    expect(['', '2024-02-30', '2023-02-29', '2024-13-01', '20/10/2024', '2024-1-05'].map((v) => dateAsRead(v, 2024, 2026))).toEqual(Array(6).fill(undefined));
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
  it('tells a change made in another tab from this tab\'s own earlier text written back by a tab that saved at the same moment', () => {
    const known = { value: 'Đã lưu ở thẻ này', at: 10 };
    expect(changedElsewhere({ value: 'Thẻ khác sửa', at: 12 }, known)).toEqual({ value: 'Thẻ khác sửa', at: 12 });
    // This tab's text before its last save, written back with an older time: no change.
    expect(changedElsewhere({ value: 'Bản cũ', at: 5 }, known, 'Bản cũ')).toBeUndefined();
    expect(changedElsewhere({ value: '', at: 5 }, known)).toBeUndefined();
    // Other text with an older time was typed in the other tab at the same moment: a change.
    expect(changedElsewhere({ value: 'Thẻ kia gõ cùng lúc', at: 9 }, known, 'Bản cũ')).toEqual({ value: 'Thẻ kia gõ cùng lúc', at: 9 });
    expect(changedElsewhere({ value: 'Đã lưu ở thẻ này', at: 12 }, known)).toBeUndefined();
    expect(changedElsewhere({ value: 'Mới', at: 1 }, undefined)).toEqual({ value: 'Mới', at: 1 });
    expect(changedElsewhere(undefined, known)).toBeUndefined();
  });
  it('finds the text this tab saved that storage lost to an older save, leaving out boxes being typed in', () => {
    const known = new Map(Object.entries({ cell: { value: 'A mới', at: 10 }, reporter: { value: 'Bà B', at: 3 }, 'area:the-che': { value: 'đã lưu', at: 11 }, date: { value: '', at: 9 } }));
    const stored = { fields: { cell: { value: 'A cũ', at: 4 }, reporter: { value: 'Bà B', at: 3 }, 'area:the-che': { value: 'cũ', at: 2 } } };
    expect(savedTextLost(known, stored, new Set(['area:the-che']))).toEqual(['cell']);
    expect(savedTextLost(known, stored, new Set())).toEqual(['cell', 'area:the-che']);
    expect(savedTextLost(known, { fields: Object.fromEntries(known) }, new Set())).toEqual([]);
  });
  it('keeps both texts of a box two tabs changed at once, this tab\'s first', () => {
    expect(joinConflict('Của thẻ A', 'Của thẻ B', '— thẻ khác —')).toBe('Của thẻ A\n\n— thẻ khác —\nCủa thẻ B');
    expect(joinConflict('Giống nhau', 'Giống nhau', '—')).toBeUndefined();
    expect(joinConflict('Đoạn đầu và thêm', 'Đoạn đầu', '—')).toBeUndefined();
    expect(joinConflict('Đoạn đầu', 'Đoạn đầu và thêm', '—')).toBe('Đoạn đầu và thêm');
    // A one-line box (the cell's name) keeps both on its one line.
    expect(joinConflict('Chi bộ 2', 'Chi bộ Trường THCS', '— thẻ khác —', true)).toBe('Chi bộ 2 — thẻ khác — Chi bộ Trường THCS');
  });
  it('makes one text of two tabs\' changes to one box when they are in different places of the text both had', () => {
    const base = 'Nhà trường niêm yết thủ tục. Cô Lan viết';
    // One tab adds at the end, the other fixes a word at the start.
    expect(mergeEdits(base, `${base} tiếp.`, base.replace('niêm yết', 'công khai'))).toBe('Nhà trường công khai thủ tục. Cô Lan viết tiếp.');
    expect(mergeEdits(base, base.replace('niêm yết', 'công khai'), `${base} tiếp.`)).toBe('Nhà trường công khai thủ tục. Cô Lan viết tiếp.');
    // Only one of them changed it, or both the same way.
    expect(mergeEdits(base, base, `${base} B`)).toBe(`${base} B`);
    expect(mergeEdits(base, `${base} A`, base)).toBe(`${base} A`);
    expect(mergeEdits(base, `${base} A`, `${base} A`.normalize('NFD'))).toBe(`${base} A`);
    // Both at the end: the same place.
    expect(mergeEdits(base, `${base} A1`, `${base} B1`)).toBeUndefined();
    expect(mergeEdits('', 'A', 'B')).toBeUndefined();
  });
  it('joins under the line only what the other tab wrote into the text both had, never the whole text again', () => {
    const base = 'Đoạn đã lưu từ trước, rất dài.';
    expect(joinConflict(`${base} A1`, `${base} B1`, '— thẻ khác —', false, base)).toBe(`${base} A1\n\n— thẻ khác —\nB1`);
    // Twice over: the box grows by what was typed, not by doubling.
    const once = joinConflict(`${base} A1`, `${base} B1`, '—', false, base)!;
    const twice = joinConflict(`${once} A2`, `${once} B2`, '—', false, once)!;
    expect(twice.length - once.length).toBeLessThan(12);
    expect(twice.split(base).length - 1).toBe(1);
    // Whole words: another tab's "5 hồ sơ" is not held by this one's "15 hồ sơ"; nor by a whole text that says "15 hồ sơ".
    const count = 'Kết quả: đã giải quyết ';
    expect(joinConflict(`${count}15 hồ sơ đúng hạn`, `${count}5 hồ sơ`, '—', false, count)).toBe(`${count}15 hồ sơ đúng hạn\n\n—\n5 hồ sơ`);
    expect(joinConflict('15 hồ sơ', '5 hồ sơ', '—')).toBe('15 hồ sơ\n\n—\n5 hồ sơ');
    // Typed in another Unicode form (a keyboard's "tổ hợp"), joined as typed.
    expect(mergeEdits(base.normalize('NFD'), `${base.normalize('NFD')} thêm`, `Mở đầu. ${base.normalize('NFD')}`)).toBe(`Mở đầu. ${base.normalize('NFD')} thêm`);
    expect(caretAfterChange('Nội dung'.normalize('NFD'), `${'Nội dung'.normalize('NFD')} Hết.`, 3)).toBe(3);
    // Whole words: a word rewritten shows as the word, not as the letters that differ.
    expect(joinConflict('Cô Lan viết thêm', 'Cô Lan hết', '—', false, 'Cô Lan viết')).toBe('Cô Lan viết thêm\n\n—\nhết');
    expect(wordsChanged('một hai ba', 'một hai ba bốn')).toBe('bốn');
    expect(wordsChanged('một hai ba', 'một năm ba')).toBe('năm');
    expect(wordsChanged('mộthai', 'mộtXhai')).toBe('mộtXhai');
    // The other tab only deleted, or wrote what this box already has: nothing to join.
    expect(joinConflict(`${base} A1`, 'Đoạn', '—', false, base)).toBeUndefined();
    expect(joinConflict(`${base} A1 B1`, `${base} B1`, '—', false, base)).toBeUndefined();
  });
  it('keeps a cursor by the text it was next to when another tab changes the box', () => {
    // Text added before the cursor moves it along; after it, not; inside the change, to its end.
    expect(caretAfterChange('Cô Lan viết', 'Mở đầu: Cô Lan viết', 11)).toBe(19);
    expect(caretAfterChange('Cô Lan viết', 'Cô Lan viết thêm', 3)).toBe(3);
    expect(caretAfterChange('Cô Lan viết', 'Cô Hoa viết', 5)).toBe(6);
    expect(changeFrom('a😀b', 'a😃b')).toEqual({ from: 1, to: 3, inserted: '😃' });
  });
  it('stamps every field of the form, empty where the data has none', () => {
    expect(stampAll(['cell', 'date'], { fields: { cell: { value: 'A', at: 1 } } }, 9)).toEqual({ fields: { cell: { value: 'A', at: 9 }, date: { value: '', at: 9 } } });
    // A box the page no longer has keeps its text.
    expect(stampAll(['cell'], { fields: { 'count:cu': { value: '5', at: 1 } } }, 9)).toEqual({ fields: { cell: { value: '', at: 9 }, 'count:cu': { value: '5', at: 9 } } });
  });
});

describe('“Hoàn tác”: the worksheets an import or a clearing replaced', () => {
  const sheet = (text: string, at = 1): WorksheetData => ({ fields: { cell: { value: text, at } } });
  const blank = { fields: { cell: { value: '', at: 9 } } };
  const texts = (list: KeptWorksheet[]) => list.map((entry) => entry.data.fields.cell?.value);
  const keepAll = (names: string[]) => names.reduce<KeptWorksheet[]>((kept, name) => keepForUndo(kept, sheet(name)), []);

  it('keeps what each replacement replaced, never a blank worksheet, each text once, at most UNDO_STEPS', () => {
    const kept = keepAll(['Gốc', 'Tệp A']);
    expect(texts(kept)).toEqual(['Gốc', 'Tệp A']);
    // Clearing twice: the second clearing replaces a blank worksheet, which adds nothing.
    expect(texts(keepForUndo(kept, blank))).toEqual(['Gốc', 'Tệp A']);
    // The same text again (typed at another time) is kept once, as the latest.
    expect(texts(keepForUndo(kept, sheet('Gốc', 5)))).toEqual(['Tệp A', 'Gốc']);
    const many = keepAll(Array.from({ length: UNDO_STEPS + 3 }, (_, i) => `Bản ${i}`));
    expect(texts(many)).toEqual(Array.from({ length: UNDO_STEPS }, (_, i) => `Bản ${i + 3}`));
  });
  it('brings back the last, and goes on through every earlier one and back to where it started: none is lost', () => {
    // Typed "Gốc", opened file A, then file B: pressing on goes back to A, to "Gốc", then to B.
    let kept = keepAll(['Gốc', 'Tệp A']);
    let current: WorksheetData = sheet('Tệp B');
    const seen: string[] = [];
    for (let press = 0; press < 3; press += 1) {
      const step = undoStep(kept, current)!;
      seen.push(step.restored.fields.cell.value);
      ({ history: kept, restored: current } = step);
    }
    expect(seen).toEqual(['Tệp A', 'Gốc', 'Tệp B']);
    // After clearing twice, "Hoàn tác" brings back what was there before the first clearing.
    const cleared = keepForUndo(keepAll(['Chữ của tôi']), blank);
    expect(undoStep(cleared, blank)?.restored.fields.cell.value).toBe('Chữ của tôi');
    expect(undoStep([], sheet('x'))).toBeUndefined();
  });
  it('a full history, "Hoàn tác", then an import: what was on screen before "Hoàn tác" is still kept (those kept longest ago go first)', () => {
    const full = keepAll(Array.from({ length: UNDO_STEPS }, (_, i) => `Bản ${i}`));
    const step = undoStep(full, sheet('Vừa gõ'))!;
    expect(step.restored.fields.cell.value).toBe(`Bản ${UNDO_STEPS - 1}`);
    const after = keepForUndo(step.history, step.restored);
    expect(after).toHaveLength(UNDO_STEPS);
    expect(texts(after)).toContain('Vừa gõ');
    expect(texts(after)).not.toContain('Bản 0');
  });
  it('reads the list, and the one worksheet an earlier version kept; nothing from what is not worksheets', () => {
    expect(texts(parseUndo(JSON.stringify(sheet('Cũ'))))).toEqual(['Cũ']);
    expect(texts(parseUndo(JSON.stringify(keepAll(['Một', 'Hai']))))).toEqual(['Một', 'Hai']);
    expect(texts(parseUndo(JSON.stringify([{ data: sheet('Một'), kept: 1 }, { data: blank, kept: 2 }])))).toEqual(['Một']);
    expect(parseUndo('{broken')).toEqual([]);
    expect(parseUndo(null)).toEqual([]);
  });
});
