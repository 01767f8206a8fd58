/**
 * The content model (README: "Thêm hoặc sửa một mục của đề cương"), field by field: what each holds, its default, and the
 * message shown when it is wrong. src/content.config.ts gives each collection its files;
 * these schemas are plain Zod, so the tests check them without building the site. "facts.md"
 * below is the list of verified facts the content keeps to: tests/fixtures/source/facts.md.
 */
import { z } from 'astro/zod';

const id = (what: string) =>
  z.string({ error: `expected the id of ${what} (ASCII, e.g. "a-i-1")` }).regex(/^[a-z0-9-]+$/, {
    error: (issue) => `${idGiven(issue.input)}expected the id of ${what}: lower-case ASCII letters, digits and "-"`,
  });

/** The value an id field was given, as the error shows it; curly quotes (Word's, pasted around it) named as such. */
function idGiven(input: unknown): string {
  if (typeof input !== 'string') return '';
  const curly = /^[“”‘’«»]|[“”‘’«»]$/.test(input) ? ', in curly quotes: write straight quotes "…" or none' : '';
  return `${JSON.stringify(input)} is not an id${curly}; `;
}

/** A month written MM/YYYY, e.g. "11/2026": when something was checked. */
const monthOfYear = (what: string) => z.string().regex(/^(0[1-9]|1[0-2])\/\d{4}$/, { error: `expected ${what}, MM/YYYY, e.g. "11/2026"` });

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

/** A day written D/M/YYYY as Vietnamese documents write it ("09/11/2022", "05/3/2020"), a day of the calendar. */
const isVietnameseDay = (text: string) => {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) return false;
  const [day, month, year] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
/** A date as a document's page shows it, D/M/YYYY; with `words`, words such as "chưa xác minh được" are taken too. */
const vietnameseDay = (what: string, words = false) =>
  z.string().refine((text) => isVietnameseDay(text) || (words && !/^\d/.test(text)), {
    error: (issue) => `"${String(issue.input)}" is not a day of the calendar written D/M/YYYY; expected ${what}, e.g. "09/11/2022"${words ? ' (or words such as "chưa xác minh được")' : ''}`,
  });

/** A web address: http:// or https:// only, so that a pasted javascript: link is refused. */
const webUrl = () =>
  z.url({
    protocol: /^https?$/,
    error: (issue) => `${issue.input === undefined ? 'missing' : `"${String(issue.input)}"`}; expected a full web address starting with https:// or http://`,
  });

/** How many single-letter edits turn one word into the other (for "did you mean"). */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** The message for a field a schema does not know: the nearest known field, else the list of them. */
function unknownFieldMessage(key: string, known: readonly string[]): string {
  const nearest = [...known].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
  const close = nearest !== undefined && editDistance(key, nearest) <= Math.max(2, Math.floor(key.length / 3));
  return `is not a field here (its text would be dropped); ${close ? `did you mean "${nearest}"?` : `expected one of ${known.map((k) => `"${k}"`).join(', ')}`}`;
}

/**
 * An object of the content model that refuses a field it does not know, named by its own path
 * (the build prints "sumary: is not a field here…"): a misspelt optional field would otherwise
 * vanish from the site without a word.
 */
function contentObject<T extends z.core.$ZodLooseShape>(shape: T) {
  const known = Object.keys(shape);
  return z.looseObject(shape).superRefine((value, context) => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) context.addIssue({ code: 'custom', path: [key], input: value[key], message: unknownFieldMessage(key, known) });
    }
  });
}

/** A section of the outline (content/de-cuong/*.mdx). */
export const sectionSchema = contentObject({
  /** Heading as printed, without its leading marker (e.g. "Cải cách thể chế"); for a part-end, a name for editors (not shown). */
  title: z.string({ error: 'expected the heading text, e.g. "Cải cách thể chế"' }).min(1),
  /** Marker printed before the title, as in the source ("1,", "I.", "A."). Optional. */
  label: z.string().optional(),
  /**
   * Shorter title for menus, breadcrumbs and links: the first words of the title, cut at a word
   * boundary (a trailing full stop may go), never words that change what the heading says. Optional.
   */
  navTitle: z.string().optional(),
  /** The correction (content/hieu-dinh, kind "de-muc") that gave the title its words; the heading then shows the mark. Optional. */
  titleFix: id('an entry of content/hieu-dinh of kind "de-muc"').optional(),
  /** The correction (content/hieu-dinh, kind "danh-so") that restored the label's number; the label then shows the mark. Optional. */
  labelFix: id('an entry of content/hieu-dinh of kind "danh-so"').optional(),
  /**
   * header (masthead and theme) | part (a heading over sections) | section | part-end (the words
   * that close a part, after its last section; shown at the end of the part's page, no page of its
   * own; needs a `parent`) | closing (signature).
   */
  kind: z.enum(['header', 'part', 'section', 'part-end', 'closing'], {
    error: 'expected one of "header", "part", "section", "part-end", "closing"',
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
      cell: z.string({ error: 'expected the issuing cell as the masthead prints it, e.g. "CHI BỘ …"' }),
      /** The cell's name as a sentence writes it (footer, worksheet), e.g. "Chi bộ Trường THCS An Hải". */
      cellName: z.string({ error: 'expected the cell\'s name as a sentence writes it, e.g. "Chi bộ Trường THCS An Hải"' }).min(1),
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
  /** Header only: what the transcription left out of the source copy and why, said on the corrections page. Optional. */
  sourceNote: z.string().min(1).optional(),
  /** Header only: the month the quotations' sources were checked against public sources, "MM/YYYY". Optional. */
  quotationsChecked: monthOfYear('the month the sources were checked').optional(),
  /** Closing only: who reports, e.g. { role: "Người báo cáo", name: "…" }. */
  signature: contentObject({ role: z.string(), name: z.string() }).optional(),
  /** True for the section whose list names the reform areas (Part B): each item needs an area page. */
  listsAreas: z.boolean().default(false),
});

/** An editorial correction or note (content/hieu-dinh/hieu-dinh.yaml). */
export const correctionSchema = contentObject({
  /**
   * sua-loi: a typo fixed in the reading text; de-muc: a heading that named the wrong area, corrected
   * (the section's `titleFix`); danh-so: numbering restored (the sections' `labelFix`); ghi-chu: an editor's note.
   */
  kind: z.enum(['sua-loi', 'de-muc', 'danh-so', 'ghi-chu'], { error: 'expected one of "sua-loi", "de-muc", "danh-so", "ghi-chu"' }),
  /** Id of the section where it stands (content/de-cuong). */
  section: id('a section of content/de-cuong'),
  /** The text exactly as the source has it. */
  original: z.string({ error: 'expected the original text, exactly as in the source' }).min(1),
  /** The text as the site shows it ("" for an editor's note). For danh-so, the labels in order, apart like the original ("1. … 2. … 3."). */
  corrected: z.string({ error: 'expected the corrected text ("" for an editor\'s note)' }),
  /** True when the correction is probable rather than certain. Default false. */
  probable: z.boolean().default(false),
  /** Why, in one or two Vietnamese sentences. */
  note: z.string({ error: 'expected a short explanation in Vietnamese' }).min(1),
});

/**
 * A document the outline cites, or a Party congress it names (content/van-ban/*.md). A congress
 * (group "dai-hoi") is an event: it has a time, a place and what it decided, and none of a
 * document's fields (number, kind, issuer, status).
 */
export const documentSchema = contentObject({
    /** Name as the outline would say it, e.g. "Nghị quyết số 27-NQ/TW". */
    title: z.string({ error: 'expected the name as the outline would say it, e.g. "Nghị quyết số 27-NQ/TW"' }).min(1),
    /** Group on the index page: dang (Party documents), phap-luat (laws and decrees), dai-hoi (congresses, events). */
    group: z.enum(['dang', 'phap-luat', 'dai-hoi'], { error: 'expected one of "dang", "phap-luat", "dai-hoi"' }),
    /** Số hiệu, e.g. "27-NQ/TW". Optional: the row is left out when a document has none. */
    number: z.string().optional(),
    /** Loại văn bản, e.g. "Nghị quyết", "Nghị định". Required for documents, absent for congresses. */
    kind: z.string().min(1).optional(),
    /** Cơ quan ban hành; omit when facts.md gives none. */
    issuer: z.string().optional(),
    /** Its date as facts.md gives it (e.g. "09/11/2022"): ngày ban hành, or for a constitution or a law the day the Quốc hội passed it (ngày thông qua). Documents only. */
    issued: vietnameseDay('the date of issue').optional(),
    /** Trích yếu. Optional. */
    summary: z.string().optional(),
    /** Bố cục (chapters, articles), for a document that has no trích yếu, e.g. the 1946 Constitution. Optional. */
    structure: z.string().optional(),
    /** Ngày có hiệu lực, as facts.md gives it; "chưa xác minh được" where facts.md says UNKNOWN or doubts it; omit when it gives none. */
    inForce: vietnameseDay('the date it came into force', true).optional(),
    /** Tình trạng today, in full, in Vietnamese (shown on the document's page). Required for documents. */
    status: z.string().min(1).optional(),
    /** Tình trạng in a few words, shown next to the document wherever it is listed. Required for documents. */
    statusShort: z.string().min(1).optional(),
    /** When the status was checked, "MM/YYYY". Required for documents. */
    checked: monthOfYear('the month the status was checked').optional(),
    /** The documents that amend it (Văn bản sửa đổi, bổ sung). Optional. */
    amendedBy: z.string().optional(),
    /** The document that replaces it (Văn bản thay thế). Optional. */
    replacedBy: z.string().optional(),
    /** A notice shown at the top, e.g. when the outline predates a replacement. Markdown links `[text](page.html)` are allowed. Optional. */
    notice: z.string().optional(),
    /** Congresses only: when it was held, as facts.md gives it, e.g. "15–18/12/1986". */
    held: z.string().optional(),
    /** Congresses only: where it was held, e.g. "Hà Nội". */
    place: z.string().optional(),
    /** Congresses only: the number of delegates, as facts.md writes it (e.g. "1.129"). Optional. */
    delegates: z.string().optional(),
    /** Congresses only: what it decided, in a few words. Optional. */
    outcome: z.string().optional(),
    /** Source URLs (official or secondary, as facts.md gives them). At least one. */
    /** http:// or https:// only. */
    sources: z.array(webUrl()).min(1, { error: 'expected at least one source URL' }),
    /** Exact strings by which the outline (or an editor's note in it) names this document; every mention links here. */
    mentions: z.array(z.string().min(2)).default([]),
  })
  .superRefine((doc, ctx) => {
    const event = doc.group === 'dai-hoi';
    const required = event
      ? ([['held', 'when the congress was held, e.g. "15–18/12/1986"'], ['place', 'where the congress was held, e.g. "Hà Nội"']] as const)
      : ([
          ['kind', 'the kind of text (loại văn bản), e.g. "Nghị định"'],
          ['status', 'the current status (tình trạng), in full'],
          ['statusShort', 'the current status in a few words, shown wherever it is listed, e.g. "Còn hiệu lực"'],
          ['checked', 'the month the status was checked, e.g. "11/2026"'],
        ] as const);
    for (const [field, what] of required) {
      if (doc[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message: `expected ${what}` });
    }
    const foreign = event
      ? (['number', 'kind', 'issuer', 'issued', 'summary', 'inForce', 'status', 'statusShort', 'amendedBy', 'replacedBy'] as const)
      : (['held', 'place', 'delegates', 'outcome'] as const);
    for (const field of foreign) {
      if (doc[field] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: event ? 'a congress (group "dai-hoi") is an event, not a text of law: remove this field' : 'only a congress (group "dai-hoi") has this field: remove it',
        });
      }
    }
  });

/** A reform area of Part B (content/linh-vuc/*.md). */
export const areaSchema = contentObject({
  /** Name of the reform area, as Nghị quyết 76/NQ-CP names it (facts.md), e.g. "Cải cách thể chế"; or of the theme. */
  title: z.string({ error: 'expected the name of the area, e.g. "Cải cách thể chế"' }).min(1),
  /**
   * linh-vuc: one of the six reform areas of Nghị quyết 76/NQ-CP; chu-de: a theme Part B also asks
   * about (the indices; inspection and supervision), listed apart from the six.
   */
  group: z.enum(['linh-vuc', 'chu-de'], { error: 'expected "linh-vuc" (one of the six areas of Nghị quyết 76/NQ-CP) or "chu-de" (another theme of Part B)' }),
  /** Where the area's name is defined (the source of Nghị quyết 76/NQ-CP in facts.md). Required for group "linh-vuc". */
  nameSource: z.url({ error: 'expected the full URL of the source that names the area' }).optional(),
  /** The page's meta description, when the one made from the title does not fit. Optional. */
  description: z.string().min(20).optional(),
  /** Position in Part B's list, a whole number from 1, unique (validate/relations.ts). */
  order: z.number({ error: 'expected the position in Part B\'s list (a whole number from 1)' }).int().min(1),
  /** The line of Part B's list that names it, exactly as printed. */
  listItem: z.string({ error: "expected Part B's list item, exactly as printed" }).min(1),
  /** Documents related to the area (Văn bản liên quan): ids of content/van-ban. Default []. */
  documents: z.array(id('a file in content/van-ban')).default([]),
  /**
   * Passages of the outline about this area, quoted on its page with a link back: a section id,
   * and the first words of the sentence where the passage starts (omit to take every paragraph
   * and item of the section); `sentences` limits how many sentences are quoted (default: to the
   * end of the paragraph).
   */
  passages: z
    .array(
      contentObject({
        section: id('a section of content/de-cuong'),
        starts: z.string().min(3).optional(),
        sentences: z.number().int().min(1).optional(),
      }),
    )
    .min(1, { error: 'expected at least one passage of the outline about this area' }),
  /** Figures a cell fills in for this area on the Part B worksheet (e.g. procedures handled). Default []. */
  counts: z.array(z.string().min(2)).default([]),
}).refine((area) => area.group !== 'linh-vuc' || area.nameSource !== undefined, {
  path: ['nameSource'],
  error: 'expected the URL of the source that names the six areas (Nghị quyết 76/NQ-CP, facts.md); required for group "linh-vuc"',
});

/** An abbreviation of the glossary (content/thuat-ngu/thuat-ngu.yaml). */
export const glossarySchema = contentObject({
  /** The abbreviation as written, e.g. "CCHC". */
  term: z.string({ error: 'expected the abbreviation as written, e.g. "CCHC"' }).min(1),
  /**
   * de-cuong: an abbreviation the outline uses; ten-rieng: a name or foreign word the outline uses
   * (MISA, E-Learning); lien-quan: a related term the outline does not abbreviate (the indices).
   */
  group: z.enum(['de-cuong', 'ten-rieng', 'lien-quan'], {
    error: 'expected "de-cuong" (an abbreviation the outline uses), "ten-rieng" (a name or foreign word it uses) or "lien-quan" (a related term it does not abbreviate)',
  }),
  /** Other spellings in the text, e.g. "CB,GV, NV". Default []. */
  aliases: z.array(z.string().min(1)).default([]),
  /** The full form, in Vietnamese; "chưa xác minh được tên đầy đủ" when facts.md gives none and the outline does not say. */
  full: z.string({ error: 'expected the full form of the abbreviation, e.g. "cải cách hành chính"' }).min(1, {
    error: 'expected the full form of the abbreviation, e.g. "cải cách hành chính"',
  }),
  /** A remark shown in the glossary. Optional. */
  note: z.string().optional(),
  /**
   * What is not certain about the full form where the outline uses it, said with it wherever it
   * is shown as a tooltip ("có thể là tên một phần mềm; chưa xác minh được"); the glossary's note
   * says it at length.
   * Optional.
   */
  doubt: z.string().min(1).optional(),
  /** True when search should treat the abbreviation and its full form as the same words. Default false. */
  synonym: z.boolean().default(false),
});

/**
 * A quotation, or an expression the outline puts in quotation marks, and the status of its
 * source (content/trich-dan/trich-dan.yaml).
 */
export const quotationSchema = contentObject({
    /**
     * trich-dan: a quotation the outline attributes; cum-tu: an expression in quotation marks whose
     * source is unknown and that the site attributes to no one; nhan-manh: words in quotation marks
     * for emphasis, not a quotation (listed as such, not marked in the text). Default trich-dan.
     */
    kind: z
      .enum(['trich-dan', 'cum-tu', 'nhan-manh'], { error: 'expected "trich-dan" (a quotation), "cum-tu" (an expression in quotation marks) or "nhan-manh" (quotation marks for emphasis)' })
      .default('trich-dan'),
    /** Id of the section where it stands. */
    section: id('a section of content/de-cuong'),
    /** The quotation exactly as it stands in the outline (as the page shows it, corrections applied). */
    text: z.string({ error: 'expected the quotation exactly as in the outline' }).min(3),
    /** Whose words they are, a person, as the sources say or as the outline attributes them ("… (theo đề cương)"); shown as "Lời của". */
    speaker: z.string().min(1).optional(),
    /** Where the words come from when that is not a person (a constitution, a saying, a motto); shown as "Xuất xứ". */
    origin: z.string().min(1).optional(),
    /** known: the source is verified; secondary: known from a secondary source; unknown: not verified. */
    status: z
      .enum(['known', 'secondary', 'unknown'], {
        error: 'expected the source status: "known", "secondary" or "unknown" (then the page says "chưa xác minh được")',
      })
      .optional(),
    /** The source, in words (required unless the status is unknown). */
    source: z.string().optional(),
    /** Where the source can be read, http:// or https://. Optional. */
    url: webUrl().optional(),
    /** A related reading when the source is unknown, http:// or https://. Optional. */
    related: webUrl().optional(),
    /** The document page that holds it (an id of content/van-ban). Optional. */
    document: id('a file in content/van-ban').optional(),
    note: z.string().optional(),
  })
  .refine((q) => q.kind === 'nhan-manh' || q.status !== undefined, {
    path: ['status'],
    error: 'expected the source status: "known", "secondary" or "unknown" (then the page says "chưa xác minh được")',
  })
  .refine((q) => q.kind === 'nhan-manh' || q.status === 'unknown' || Boolean(q.source), {
    path: ['source'],
    error: 'expected the source in words (required unless the status is "unknown")',
  })
  .refine((q) => (q.kind === 'trich-dan' ? Boolean(q.speaker || q.origin) : !q.speaker && !q.origin), {
    path: ['speaker'],
    error: 'expected "speaker" (a person) or "origin" for a quotation, and neither for an expression (kind "cum-tu" or "nhan-manh"), which the site attributes to no one',
  });
