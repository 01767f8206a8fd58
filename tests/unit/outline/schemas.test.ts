/** The content schemas (src/outline/schemas.ts): what a wrong or missing field says. */
import { describe, expect, it } from 'vitest';
import { glossarySchema, quotationSchema, sectionSchema } from '../../../src/outline/schemas';

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
  it('asks a quotation for its source status, and for its source unless it is unknown', () => {
    const quotation = { section: 'a-i-3', text: 'Dụng nhân như dụng mộc', speaker: 'Hồ Chí Minh' };
    expect(problems(quotationSchema, quotation)).toEqual([
      'status: expected the source status: "known", "secondary" or "unknown" (then the page says "chưa xác minh được nguồn")',
    ]);
    expect(problems(quotationSchema, { ...quotation, status: 'known' })).toEqual(['source: expected the source in words (required unless the status is "unknown")']);
    expect(problems(quotationSchema, { ...quotation, status: 'unknown' })).toEqual([]);
  });
  it('asks a glossary entry for its full form', () => {
    expect(problems(glossarySchema, { term: 'CCHC', full: '' })).toEqual(['full: expected the full form of the abbreviation, e.g. "cải cách hành chính"']);
  });
});
