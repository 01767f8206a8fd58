import { describe, expect, it } from 'vitest';
import { worksheetFileName } from '../../../src/site/worksheet-file';
import { worksheetText, type WorksheetTextParts } from '../../../src/site/worksheet-plain-text';

const parts = (over: Partial<WorksheetTextParts> = {}): WorksheetTextParts => ({
  head: ['ĐẢNG ỦY XÃ AN HẢI', 'CHI BỘ TRƯỜNG THCS AN HẢI', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'An Hải, ngày 20 tháng 9 năm 2024'],
  title: ['B. PHẦN LIÊN HỆ', '(Phần liên hệ của chi bộ)'],
  areas: [
    { title: '1. Cải cách thể chế', answer: 'Dòng một\nDòng hai  \n', counts: [] },
    {
      title: '2. Cải cách thủ tục hành chính',
      answer: '   ',
      counts: [
        { label: 'Rút học bạ', value: '12' },
        { label: 'Chuyển trường', value: '' },
      ],
    },
    { group: 'Chủ đề khác', title: 'Chỉ số cải cách hành chính', answer: 'Có', counts: [] },
  ],
  sign: ['NGƯỜI BÁO CÁO', 'Dương Văn Nông'],
  blank: '…………',
  answerLabel: 'Kết quả, liên hệ tại đơn vị',
  countsLabel: 'Số lượng thủ tục hành chính đã giải quyết',
  ...over,
});

describe('the worksheet as plain text', () => {
  const text = worksheetText(parts());
  const lines = text.slice(1).split('\r\n');
  it('reads as the printed worksheet: header, title, each area with its answer and counts, signature', () => {
    expect(lines.slice(0, 8)).toEqual(['ĐẢNG ỦY XÃ AN HẢI', 'CHI BỘ TRƯỜNG THCS AN HẢI', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'An Hải, ngày 20 tháng 9 năm 2024', '', 'B. PHẦN LIÊN HỆ', '(Phần liên hệ của chi bộ)']);
    expect(text).toContain('\r\n\r\n1. Cải cách thể chế\r\nKết quả, liên hệ tại đơn vị:\r\nDòng một\r\nDòng hai\r\n\r\n2. Cải cách');
    expect(text.endsWith('\r\n\r\nNGƯỜI BÁO CÁO\r\nDương Văn Nông\r\n')).toBe(true);
    // A group's heading before its first area, as printed.
    expect(text).toContain('\r\n\r\nChủ đề khác\r\n\r\nChỉ số cải cách hành chính\r\n');
  });
  it('writes a box left empty (or only spaces) as a line of dots to fill in, and every count with its label', () => {
    expect(text).toContain('2. Cải cách thủ tục hành chính\r\nKết quả, liên hệ tại đơn vị:\r\n…………\r\nSố lượng thủ tục hành chính đã giải quyết:\r\n- Rút học bạ: 12\r\n- Chuyển trường: …………\r\n');
    // An area without counts has no counts line.
    expect(text.match(/Số lượng thủ tục hành chính đã giải quyết/g)).toHaveLength(1);
  });
  it('starts with a byte order mark and ends every line as Windows does, so that Word and Notepad read it', () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    // Whatever line ends the answer holds (a box gives "\n"; a file opened may hold others), Windows' in the text.
    expect(worksheetText(parts({ areas: [{ ...parts().areas[0], answer: 'a\r\nb\rc' }] }))).toContain('\r\na\r\nb\r\nc\r\n');
  });
  it('is offered under the .json file’s name, as .txt', () => {
    expect(worksheetFileName({ cell: 'Chi bộ Trường THCS An Hải', reporter: 'Dương Văn Nông' }, 'txt')).toBe('phieu-lien-he-chi-bo-truong-thcs-an-hai-duong-van-nong.txt');
  });
});
