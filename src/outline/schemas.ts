/**
 * The content model (DESIGN.md), field by field: what each holds, its default, and the
 * message shown when it is wrong. src/content.config.ts gives each collection its files;
 * these schemas are plain Zod, so the tests check them without building the site.
 */
import { z } from 'astro/zod';

const id = (what: string) =>
  z.string({ error: `expected the id of ${what} (ASCII, e.g. "a-i-1")` }).regex(/^[a-z0-9-]+$/, {
    error: `expected the id of ${what}: lower-case ASCII letters, digits and "-"`,
  });

/**
 * A date written YYYY-MM-DD, checked as written: the loaders keep it as text (src/outline/
 * content-files.ts), where a YAML date such as 2024-02-30 would have rolled over to 1 March.
 */
const isCalendarDay = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};
const calendarDate = (what: string) =>
  z
    .string({ error: `expected ${what} as YYYY-MM-DD, e.g. "2024-10-15"` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { abort: true, error: (issue) => `"${issue.input}" is not written YYYY-MM-DD; expected ${what} such as "2024-10-15"` })
    .refine(isCalendarDay, {
      error: (issue) => `"${issue.input}" is not a day of the calendar; expected ${what} as YYYY-MM-DD, e.g. "2024-10-15"`,
    })
    .transform((text) => new Date(`${text}T00:00:00Z`));

/** A web address: http:// or https:// only, so that a pasted javascript: link is refused. */
const webUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: (issue) => `${issue.input === undefined ? 'missing' : `"${String(issue.input)}"`}; expected a full web address starting with https:// or http://`,
  });

/** A section of the outline (content/de-cuong/*.mdx). */
export const sectionSchema = z.object({
  /** Heading as printed, without its leading marker (e.g. "Cải cách thể chế"). */
  title: z.string({ error: 'expected the heading text, e.g. "Cải cách thể chế"' }).min(1),
  /** Marker printed before the title, as in the source ("1,", "I.", "A."). Optional. */
  label: z.string().optional(),
  /** Shorter title for menus, taken from the title's own words. Optional. */
  navTitle: z.string().optional(),
  /** header (masthead and theme) | part (a heading over sections) | section | closing (signature). */
  kind: z.enum(['header', 'part', 'section', 'closing'], {
    error: 'expected one of "header", "part", "section", "closing"',
  }),
  /** Part of the outline: A (lý luận), B (liên hệ), C (kết luận). Required for parts and sections. */
  part: z.enum(['A', 'B', 'C'], { error: 'expected one of "A", "B", "C"' }).optional(),
  /** Structural number, unique: "A.I.2", "B.I.6". Required for parts and sections. */
  number: z
    .string()
    .regex(/^[A-C](\.[IVX]+(\.\d+)?)?$/, { error: 'expected a section number such as "A", "A.I" or "A.I.2"' })
    .optional(),
  /** Reading order, a unique whole number; children come after their parent. */
  order: z.number({ error: 'expected a whole number (reading order), e.g. 21' }).int(),
  /** Id of the part this section belongs to (e.g. "a-i"). Optional for top-level items. */
  parent: id('a section of kind "part"').optional(),
  /** Reform areas this section concerns: ids of content/linh-vuc. Default []. */
  areas: z.array(id('a reform area of content/linh-vuc')).default([]),
  /** Documents this section cites: ids of content/van-ban. Default []. */
  cites: z.array(id('a file in content/van-ban')).default([]),
  /** Header only: the two-column masthead of a Party document. */
  masthead: z
    .object({
      superior: z.string({ error: 'expected the superior Party committee, e.g. "ĐẢNG ỦY …"' }),
      cell: z.string({ error: 'expected the issuing cell, e.g. "CHI BỘ …"' }),
      party: z.string({ error: 'expected "ĐẢNG CỘNG SẢN VIỆT NAM"' }),
      place: z.string({ error: 'expected the place of issue, e.g. "Lý Sơn"' }),
      /** Date of issue, YYYY-MM-DD (quoted or not), a day of the calendar; read as a Date at 00:00 UTC. */
      date: calendarDate('the date of issue'),
    })
    .optional(),
  /** Header only: document type and subtitle lines, and the short theme. */
  docType: z.string().optional(),
  docSubtitle: z.string().optional(),
  theme: z.string().optional(),
  /** Closing only: who reports, e.g. { role: "Người báo cáo", name: "…" }. */
  signature: z.object({ role: z.string(), name: z.string() }).optional(),
  /** True for the section whose list names the reform areas (Part B): each item needs an area page. */
  listsAreas: z.boolean().default(false),
});

/** An editorial correction or note (content/hieu-dinh/hieu-dinh.yaml). */
export const correctionSchema = z.object({
  /** sua-loi: a typo fixed in the reading text; danh-so: numbering restored; ghi-chu: an editor's note. */
  kind: z.enum(['sua-loi', 'danh-so', 'ghi-chu'], { error: 'expected one of "sua-loi", "danh-so", "ghi-chu"' }),
  /** Id of the section where it stands (content/de-cuong). */
  section: id('a section of content/de-cuong'),
  /** The text exactly as the source has it. */
  original: z.string({ error: 'expected the original text, exactly as in the source' }).min(1),
  /** The text as the site shows it ("" for an editor's note). */
  corrected: z.string({ error: 'expected the corrected text ("" for an editor\'s note)' }),
  /** True when the correction is probable rather than certain. Default false. */
  probable: z.boolean().default(false),
  /** Why, in one or two Vietnamese sentences. */
  note: z.string({ error: 'expected a short explanation in Vietnamese' }).min(1),
});

/** A document the outline cites (content/van-ban/*.md). */
export const documentSchema = z.object({
  /** Name as the outline would say it, e.g. "Nghị quyết số 27-NQ/TW". */
  title: z.string({ error: 'expected the name as the outline would say it, e.g. "Nghị quyết số 27-NQ/TW"' }).min(1),
  /** Group on the index page. */
  group: z.enum(['dang', 'phap-luat', 'dai-hoi'], { error: 'expected one of "dang", "phap-luat", "dai-hoi"' }),
  /** Số hiệu, e.g. "27-NQ/TW". Optional (a congress has none). */
  number: z.string().optional(),
  /** Loại văn bản, e.g. "Nghị quyết", "Nghị định". */
  kind: z.string({ error: 'expected the kind of text (loại văn bản), e.g. "Nghị định"' }).min(1),
  /** Cơ quan ban hành; omit when facts.md gives none. */
  issuer: z.string().optional(),
  /** Ngày ban hành as facts.md gives it (e.g. "09/11/2022"). */
  issued: z.string().optional(),
  /** Trích yếu. */
  summary: z.string().optional(),
  /** Ngày có hiệu lực, as facts.md gives it; "chưa xác minh được" where facts.md says UNKNOWN; omit when it gives none. */
  inForce: z.string().optional(),
  /** Tình trạng today, in Vietnamese. */
  status: z.string({ error: 'expected the current status (tình trạng)' }).min(1),
  /** When the status was checked, "MM/YYYY". */
  checked: z.string({ error: 'expected the month the status was checked, e.g. "11/2026"' }).regex(/^\d{2}\/\d{4}$/),
  /** Sửa đổi, bổ sung / thay thế bởi. Optional. */
  amendedBy: z.string().optional(),
  replacedBy: z.string().optional(),
  /** A notice shown at the top when the outline predates a replacement. Optional. */
  notice: z.string().optional(),
  /** Source URLs (official or secondary, as facts.md gives them), http:// or https://. At least one. */
  sources: z.array(webUrl()).min(1, { error: 'expected at least one source URL' }),
  /** Exact strings by which the outline (or an editor's note in it) names this document; every mention links here. */
  mentions: z.array(z.string().min(2)).default([]),
});

/** A reform area of Part B (content/linh-vuc/*.md). */
export const areaSchema = z.object({
  /** Name of the reform area, e.g. "Cải cách thể chế". */
  title: z.string({ error: 'expected the name of the area, e.g. "Cải cách thể chế"' }).min(1),
  /** Position in Part B's list, 1–8, unique. */
  order: z.number({ error: 'expected the position in Part B\'s list (1–8)' }).int().min(1),
  /** The line of Part B's list that names it, exactly as printed. */
  listItem: z.string({ error: "expected Part B's list item, exactly as printed" }).min(1),
  /** Documents that apply to the area: ids of content/van-ban. Default []. */
  documents: z.array(id('a file in content/van-ban')).default([]),
  /**
   * Passages of the outline about this area, quoted on its page with a link back: a section id,
   * and the first words of the sentence where the passage starts (omit to take every paragraph
   * and item of the section); `sentences` limits how many sentences are quoted (default: to the
   * end of the paragraph).
   */
  passages: z
    .array(
      z.object({
        section: id('a section of content/de-cuong'),
        starts: z.string().min(3).optional(),
        sentences: z.number().int().min(1).optional(),
      }),
    )
    .min(1, { error: 'expected at least one passage of the outline about this area' }),
  /** Figures a cell fills in for this area on the Part B worksheet (e.g. procedures handled). Default []. */
  counts: z.array(z.string().min(2)).default([]),
});

/** An abbreviation of the glossary (content/thuat-ngu/thuat-ngu.yaml). */
export const glossarySchema = z.object({
  /** The abbreviation as written, e.g. "CCHC". */
  term: z.string({ error: 'expected the abbreviation as written, e.g. "CCHC"' }).min(1),
  /** Other spellings in the text, e.g. "CB,GV, NV". Default []. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The full form, in Vietnamese. */
  full: z.string({ error: 'expected the full form of the abbreviation, e.g. "cải cách hành chính"' }).min(1, {
    error: 'expected the full form of the abbreviation, e.g. "cải cách hành chính"',
  }),
  /** A remark shown in the glossary. Optional. */
  note: z.string().optional(),
  /** True when search should treat the abbreviation and its full form as the same words. Default false. */
  synonym: z.boolean().default(false),
});

/** A quotation and the status of its source (content/trich-dan/trich-dan.yaml). */
export const quotationSchema = z.object({
  /** Id of the section where it stands. */
  section: id('a section of content/de-cuong'),
  /** The quotation exactly as it stands in the outline. */
  text: z.string({ error: 'expected the quotation exactly as in the outline' }).min(3),
  /** Whose words they are, as far as the sources say. */
  speaker: z.string({ error: 'expected whose words these are, e.g. "Hồ Chí Minh"' }).min(1),
  /** known: the source is verified; secondary: known from a secondary source; unknown: not verified. */
  status: z.enum(['known', 'secondary', 'unknown'], {
    error: 'expected the source status: "known", "secondary" or "unknown" (then the page says "chưa xác minh được nguồn")',
  }),
  /** The source, in words (required unless the status is unknown). */
  source: z.string().optional(),
  /** Where the source can be read, http:// or https://. Optional. */
  url: webUrl().optional(),
  /** A related reading when the source is unknown, http:// or https://. Optional. */
  related: webUrl().optional(),
  /** The document page that holds it (an id of content/van-ban). Optional. */
  document: id('a file in content/van-ban').optional(),
  note: z.string().optional(),
}).refine((q) => q.status === 'unknown' || Boolean(q.source), {
  path: ['source'],
  error: 'expected the source in words (required unless the status is "unknown")',
});

