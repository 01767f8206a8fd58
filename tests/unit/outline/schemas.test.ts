/** The content schemas (src/outline/schemas.ts): what a wrong or missing field says. */
import { describe, expect, it } from 'vitest';
import { areaSchema, documentSchema, glossarySchema, quotationSchema, sectionSchema } from '../../../src/outline/schemas';

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
    expect(problems(sectionSchema, { ...section, cites: ['NĐ 90'] })).toEqual(['cites.0: "NĐ 90" is not an id; expected the id of a file in content/van-ban: lower-case ASCII letters, digits and "-"']);
  });
  it('shows the value an id was given, and says so when Word put curly quotes around it', () => {
    expect(problems(sectionSchema, { ...section, parent: '“b-i”' })).toEqual([
      'parent: "“b-i”" is not an id, in curly quotes: write straight quotes "…" or none; expected the id of a section of kind \"part\": lower-case ASCII letters, digits and "-"',
    ]);
  });
  it('refuses a field it does not know, with the nearest known one: a misspelt field would otherwise vanish', () => {
    expect(problems(sectionSchema, { ...section, navTitel: 'Thể chế' })).toEqual(['navTitel: is not a field here (its text would be dropped); did you mean "navTitle"?']);
    // Astro's glob() takes "slug" as the page's id: refused, it would hide another section.
    expect(problems(sectionSchema, { ...section, slug: 'a-i-1' })[0]).toMatch(/^slug: is not a field here .*expected one of "title", /);
    const decree = { title: 'Nghị định số 90/2020/NĐ-CP', group: 'phap-luat', number: '90/2020/NĐ-CP', kind: 'Nghị định', issuer: 'Chính phủ', issued: '13/8/2020', status: 'x', statusShort: 'x', sources: ['https://example.org/a'] };
    expect(problems(documentSchema, { ...decree, sumary: 'Tóm tắt' }).join('\n')).toContain('sumary: is not a field here (its text would be dropped); did you mean "summary"?');
    expect(problems(quotationSchema, { section: 'a-i-3', text: 'Dụng nhân như dụng mộc', speaker: 'Hồ Chí Minh', status: 'unknown', sorce: 'x' })).toEqual(['sorce: is not a field here (its text would be dropped); did you mean "source"?']);
  });
  it('checks the masthead date as written, a day of the calendar', () => {
    const header = { title: 'Đề cương', kind: 'header', order: 0, masthead: { superior: 'ĐẢNG ỦY', cell: 'CHI BỘ', cellName: 'Chi bộ', party: 'ĐẢNG CỘNG SẢN VIỆT NAM', place: 'Lý Sơn', date: '2024-10-15' } };
    const withDate = (date: unknown) => ({ ...header, masthead: { ...header.masthead, date } });
    expect(sectionSchema.parse(header).masthead?.date).toEqual(new Date(Date.UTC(2024, 9, 15)));
    expect(problems(sectionSchema, withDate('2024-13-45'))).toEqual(['masthead.date: "2024-13-45" is not a day of the calendar; expected the date of issue as YYYY-MM-DD, e.g. "2024-10-15"']);
    expect(problems(sectionSchema, withDate('2024-02-30'))).toEqual(['masthead.date: "2024-02-30" is not a day of the calendar; expected the date of issue as YYYY-MM-DD, e.g. "2024-10-15"']);
    expect(problems(sectionSchema, withDate('2024-02-29'))).toEqual([]);
    expect(problems(sectionSchema, withDate('15/10/2024'))).toEqual(['masthead.date: "15/10/2024" is not written YYYY-MM-DD; expected the date of issue such as "2024-10-15"']);
  });
  it('asks a quotation for its source status, and for its source unless it is unknown', () => {
    const quotation = { section: 'a-i-3', text: 'Dụng nhân như dụng mộc', speaker: 'Hồ Chí Minh' };
    expect(problems(quotationSchema, quotation)[0]).toBe(
      'status: expected the source status: "known", "secondary" or "unknown" (then the page says "chưa xác minh được")',
    );
    expect(problems(quotationSchema, { ...quotation, status: 'known' })).toEqual(['source: expected the source in words (required unless the status is "unknown")']);
    expect(problems(quotationSchema, { ...quotation, status: 'unknown' })).toEqual([]);
  });
  it('attributes a quotation to someone or something, and an expression to no one', () => {
    const rule = 'speaker: expected "speaker" (a person) or "origin" for a quotation, and neither for an expression (kind "cum-tu" or "nhan-manh"), which the site attributes to no one';
    const words = { section: 'a-i-3', text: 'ít mà tốt', status: 'unknown' };
    expect(problems(quotationSchema, words)).toEqual([rule]);
    expect(problems(quotationSchema, { ...words, origin: 'Hiến pháp năm 1946' })).toEqual([]);
    expect(problems(quotationSchema, { ...words, kind: 'cum-tu' })).toEqual([]);
    expect(problems(quotationSchema, { ...words, kind: 'cum-tu', speaker: 'Hồ Chí Minh' })).toEqual([rule]);
    expect(problems(quotationSchema, { section: 'a-i-3', text: '“ăn ý”', kind: 'nhan-manh' })).toEqual([]);
  });
  it('asks a document for its status, and a congress for its time and place but none of a document’s fields', () => {
    const doc = { title: 'Nghị định số 90/2020/NĐ-CP', group: 'phap-luat', kind: 'Nghị định', sources: ['https://nguon.example/'] };
    expect(problems(documentSchema, doc)).toEqual([
      'status: expected the current status (tình trạng), in full',
      'statusShort: expected the current status in a few words, shown wherever it is listed, e.g. "Còn hiệu lực"',
      'checked: expected the month the status was checked, e.g. "11/2026"',
    ]);
    const complete = { ...doc, status: 'Còn hiệu lực', statusShort: 'Còn hiệu lực', checked: '11/2026' };
    expect(problems(documentSchema, complete)).toEqual([]);
    // Dates as written, days of the calendar; the date in force may be words where facts.md has no date.
    expect(problems(documentSchema, { ...complete, issued: '13/8/2020', inForce: 'chưa xác minh được' })).toEqual([]);
    expect(problems(documentSchema, { ...complete, issued: '30/02/2020', inForce: '31/4/2020', checked: '13/2026' })).toEqual([
      'issued: "30/02/2020" is not a day of the calendar written D/M/YYYY; expected the date of issue, e.g. "09/11/2022"',
      'inForce: "31/4/2020" is not a day of the calendar written D/M/YYYY; expected the date it came into force, e.g. "09/11/2022" (or words such as "chưa xác minh được")',
      'checked: expected the month the status was checked, MM/YYYY, e.g. "11/2026"',
    ]);
    expect(problems(documentSchema, { ...complete, issued: '2020-08-13' })[0]).toMatch(/^issued: "2020-08-13" is not a day of the calendar written D\/M\/YYYY/);
    const congress = { title: 'Đại hội VI', group: 'dai-hoi', held: '15–18/12/1986', place: 'Hà Nội', sources: ['https://nguon.example/'] };
    expect(problems(documentSchema, congress)).toEqual([]);
    expect(problems(documentSchema, { ...congress, place: undefined, number: 'không có số hiệu' })).toEqual([
      'place: expected where the congress was held, e.g. "Hà Nội"',
      'number: a congress (group "dai-hoi") is an event, not a text of law: remove this field',
    ]);
  });
  it('asks one of the six reform areas for the source that names it', () => {
    const area = { title: 'Cải cách thể chế', group: 'linh-vuc', order: 1, listItem: 'Về cải cách thể chế', passages: [{ section: 'b-i-1' }] };
    expect(problems(areaSchema, area)).toEqual([
      'nameSource: expected the URL of the source that names the six areas (Nghị quyết 76/NQ-CP, facts.md); required for group "linh-vuc"',
    ]);
    expect(problems(areaSchema, { ...area, group: 'chu-de' })).toEqual([]);
    expect(problems(areaSchema, { ...area, group: 'khac' })[0]).toMatch(/^group: expected "linh-vuc"/);
  });
  it('takes only web addresses as sources, never a javascript: link', () => {
    const doc = { title: 'Nghị định số 90/2020/NĐ-CP', group: 'phap-luat', kind: 'Nghị định', status: 'Còn hiệu lực', statusShort: 'Còn hiệu lực', checked: '11/2026', sources: ['https://vanban.chinhphu.vn/?docid=200936'] };
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
    expect(problems(glossarySchema, { term: 'CCHC', group: 'de-cuong', full: '' })).toEqual(['full: expected the full form of the abbreviation, e.g. "cải cách hành chính"']);
    expect(problems(glossarySchema, { term: 'PCI', full: 'Chỉ số Năng lực cạnh tranh cấp tỉnh' })[0]).toMatch(/^group: expected "de-cuong"/);
  });
});
