import { describe, expect, it } from 'vitest';
import { querySynonyms, SPOKEN_NAMES } from '../../../src/search/synonyms';

const glossary = [
  { short: 'CCHC', full: 'cải cách hành chính' },
  { short: 'TTHC', full: 'thủ tục hành chính' },
  { short: 'CB,GV,NV', full: 'cán bộ, giáo viên, nhân viên' },
];

describe('querySynonyms', () => {
  it('spells an abbreviation out, keeping the rest of the query', () => {
    expect(querySynonyms('CCHC', glossary)).toEqual(['cải cách hành chính']);
    expect(querySynonyms('ket qua cchc', glossary)).toEqual(['ket qua cải cách hành chính']);
  });
  it('reads an abbreviation of several parts typed in one piece as the full form and as its parts', () => {
    expect(querySynonyms('cbgvnv', glossary)).toEqual(['cán bộ giáo viên nhân viên', 'cb gv nv']);
    expect(querySynonyms('CBGVNV nhà trường', glossary)).toEqual(['cán bộ giáo viên nhân viên nhà trường', 'cb gv nv nhà trường']);
    // With its "Đ" as the text writes it, or without marks.
    const withGdDt = [...glossary, { short: 'GD&ĐT', full: 'Giáo dục và Đào tạo' }];
    expect(querySynonyms('Sở GDĐT', withGdDt)).toEqual(['sở giáo dục và đào tạo', 'sở gd dt']);
    expect(querySynonyms('so gddt', withGdDt)).toEqual(['so giáo dục và đào tạo', 'so gd dt']);
    // Not a part of a longer word.
    expect(querySynonyms('cbgvnvx', glossary)).toEqual([]);
  });
  it('abbreviates a full form, with or without tone marks', () => {
    expect(querySynonyms('cải cách hành chính', glossary)).toEqual(['cchc']);
    expect(querySynonyms('thu tuc hanh chinh', glossary)).toEqual(['tthc']);
    expect(querySynonyms('can bo giao vien nhan vien', glossary)).toEqual(['cb gv nv']);
  });
  it('keeps the other words as typed, tone marks and all', () => {
    const withCbcc = [...glossary, { short: 'CB', full: 'cán bộ' }, { short: 'CC', full: 'công chức' }];
    expect(querySynonyms('Luật cán bộ công chức', withCbcc)).toEqual(['luật cb công chức', 'luật cán bộ cc']);
    // A form found inside a longer one found is not replaced on its own: the longer one says it all.
    const withCbccvc = [...withCbcc, { short: 'CB,CC,VC', full: 'cán bộ, công chức, viên chức' }];
    expect(querySynonyms('cán bộ công chức viên chức', withCbccvc)).toEqual(['cb cc vc']);
    expect(querySynonyms('Kết quả CCHC', glossary)).toEqual(['kết quả cải cách hành chính']);
  });
  it('compares a final "y" or "i" after a consonant alike ("quản lí" is "quản lý")', () => {
    expect(querySynonyms('phần mềm quản lí điểm', [{ short: 'PMQL', full: 'phần mềm quản lý' }])).toEqual(['pmql điểm']);
  });
  it('spells out the names teachers say for what the outline names otherwise, one way only', () => {
    expect(querySynonyms('Bác Hồ nói gì', SPOKEN_NAMES)).toEqual(['hồ chí minh nói gì']);
    expect(querySynonyms('bac ho', SPOKEN_NAMES)).toEqual(['hồ chí minh']);
    // "Bác" alone too; not again inside "Bác Hồ" ("hồ chí minh hồ").
    expect(querySynonyms('học tập và làm theo Bác', SPOKEN_NAMES)).toEqual(['học tập và làm theo hồ chí minh']);
    expect(querySynonyms('lời bác dạy về cán bộ', SPOKEN_NAMES)).toEqual(['lời hồ chí minh dạy về cán bộ']);
    expect(querySynonyms('lam theo bac', SPOKEN_NAMES)).toEqual(['lam theo hồ chí minh']);
    // A word typed with marks is the word so spelled: "bậc", "Bắc", "bạc" are not "Bác".
    for (const other of ['nâng bậc lương', 'bậc học', 'miền Bắc', 'Bắc Ninh', 'tiền bạc']) expect(querySynonyms(other, SPOKEN_NAMES), other).toEqual([]);
    expect(querySynonyms('tư tưởng HCM', SPOKEN_NAMES)).toEqual(['tư tưởng hồ chí minh']);
    expect(querySynonyms('hs chuyển đi', SPOKEN_NAMES)).toEqual(['học sinh chuyển đi']);
    expect(querySynonyms('tiêu chuẩn hiệu trưởng', SPOKEN_NAMES)).toEqual(['tiêu chuẩn người đứng đầu']);
    expect(querySynonyms('trang web cua truong', SPOKEN_NAMES)).toEqual(['website cua truong']);
    expect(querySynonyms('diet virut', SPOKEN_NAMES)).toEqual(['diet virus']);
    expect(querySynonyms('truy cập Trường học kết nối', SPOKEN_NAMES)).toEqual(['truy cập truonghocketnoi']);
    // The outline never says "Bác": searching for it would find nothing.
    expect(querySynonyms('Hồ Chí Minh', SPOKEN_NAMES)).toEqual([]);
    expect(querySynonyms('Bác Hồ Chí Minh', SPOKEN_NAMES)).toEqual([]);
  });
  it('gives nothing when no glossary term is in the query', () => {
    expect(querySynonyms('dụng nhân như dụng mộc', glossary)).toEqual([]);
    expect(querySynonyms('', glossary)).toEqual([]);
  });
});
