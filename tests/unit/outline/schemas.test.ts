/** The content schemas (src/outline/schemas.ts): what a wrong or missing field says. */
import { describe, expect, it } from 'vitest';
import { documentSchema, glossarySchema, quotationSchema, sectionSchema } from '../../../src/outline/schemas';

/** "field: message" for each problem Zod finds, as the build prints them. */
function problems(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const section = { title: 'Cải cách thể chế', kind: 'section', part: 'B', number: 'B.I.1', order: 1 };

describe('content schemas', () => {
  it('accepts a complete section and fills the defaults', () => {
    expect(sectionSchema.parse(section)).toMatchObject({ areas: [], cites: [], listsAreas: false });
  });
  it('names a missing title and a mistyped order', () => {
    const { title: _, ...untitled } = section;
    expect(problems(sectionSchema, untitled)).toEqual(['title: expected the heading text, e.g. "Cải cách thể chế"']);
    expect(problems(sectionSchema, { ...section, order: 'hai mươi' })).toEqual(['order: expected a whole number (reading order), e.g. 21']);
    expect(problems(sectionSchema, { ...section, number: 'B.1' })).toEqual(['number: expected a section number such as "A", "A.I" or "A.I.2"']);
    expect(problems(sectionSchema, { ...section, cites: ['NĐ 90'] })).toEqual(['cites.0: expected the id of a file in content/van-ban: lower-case ASCII letters, digits and "-"']);
  });
  it('checks the masthead date as written, a day of the calendar', () => {
    const header = { title: 'Đề cương', kind: 'header', order: 0, masthead: { superior: 'ĐẢNG ỦY', cell: 'CHI BỘ', party: 'ĐẢNG CỘNG SẢN VIỆT NAM', place: 'Lý Sơn', date: '2024-10-15' } };
    const withDate = (date: unknown) => ({ ...header, masthead: { ...header.masthead, date } });
    expect(sectionSchema.parse(header).masthead?.date).toEqual(new Date(Date.UTC(2024, 9, 15)));
    expect(problems(sectionSchema, withDate('2024-13-45'))).toEqual(['masthead.date: "2024-13-45" is not a day of the calendar; expected the date of issue as YYYY-MM-DD, e.g. "2024-10-15"']);
    expect(problems(sectionSchema, withDate('2024-02-30'))).toEqual(['masthead.date: "2024-02-30" is not a day of the calendar; expected the date of issue as YYYY-MM-DD, e.g. "2024-10-15"']);
    expect(problems(sectionSchema, withDate('2024-02-29'))).toEqual([]);
    expect(problems(sectionSchema, withDate('15/10/2024'))).toEqual(['masthead.date: "15/10/2024" is not written YYYY-MM-DD; expected the date of issue such as "2024-10-15"']);
  });
  it('asks a quotation for its source status, and for its source unless it is unknown', () => {
    const quotation = { section: 'a-i-3', text: 'Dụng nhân như dụng mộc', speaker: 'Hồ Chí Minh' };
    expect(problems(quotationSchema, quotation)).toEqual([
      'status: expected the source status: "known", "secondary" or "unknown" (then the page says "chưa xác minh được nguồn")',
    ]);
    expect(problems(quotationSchema, { ...quotation, status: 'known' })).toEqual(['source: expected the source in words (required unless the status is "unknown")']);
    expect(problems(quotationSchema, { ...quotation, status: 'unknown' })).toEqual([]);
  });
  it('takes only web addresses as sources, never a javascript: link', () => {
    const doc = { title: 'Nghị định số 90/2020/NĐ-CP', group: 'phap-luat', kind: 'Nghị định', status: 'Còn hiệu lực', checked: '11/2026', sources: ['https://vanban.chinhphu.vn/?docid=200936'] };
    expect(problems(documentSchema, doc)).toEqual([]);
    expect(problems(documentSchema, { ...doc, sources: ['javascript:alert(1)'] })).toEqual(['sources.0: "javascript:alert(1)"; expected a full web address starting with https:// or http://']);
    const quotation = { section: 'a-i-3', text: 'Dụng nhân như dụng mộc', speaker: 'Hồ Chí Minh', status: 'unknown' };
    expect(problems(quotationSchema, { ...quotation, url: 'javascript:alert(1)', related: 'data:text/html,x' })).toEqual([
      'url: "javascript:alert(1)"; expected a full web address starting with https:// or http://',
      'related: "data:text/html,x"; expected a full web address starting with https:// or http://',
    ]);
  });
  it('says nothing Astro would take for a browser API ("document", "window")', () => {
    // Astro puts its hint about browser APIs under any error that holds those words.
    expect(problems(documentSchema, {}).join('\n')).not.toMatch(/document|window/);
  });
  it('asks a glossary entry for its full form', () => {
    expect(problems(glossarySchema, { term: 'CCHC', full: '' })).toEqual(['full: expected the full form of the abbreviation, e.g. "cải cách hành chính"']);
  });
});
