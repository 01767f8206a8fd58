/** The worksheet as a .json file: its name, what it holds, and the checks a file opened passes (worksheet.ts). */
import { slugifyVietnamese } from './slug';
import { type FieldInfo, type Message, unknownBoxes, WORKSHEET_KIND, WORKSHEET_VERSION, type WorksheetData } from './worksheet';
import { isCalendarDate } from './worksheet-values';

/**
 * Larger files are refused before they are read (a photo or a video chosen by mistake). A
 * worksheet is a few KB of text, but whatever the page saves must open again: Chromium and
 * Safari keep at most about 5 MB of text for a site (2.5 million characters), which a file holds
 * in at most 7.5 MB (3 bytes a character), less than this; Firefox counts its 5 MB in characters,
 * so there the very largest worksheets (over 3 million characters) would not open again.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The longest text a field takes from a file: more than a browser can keep, so any worksheet saved from the page opens again. */
export const MAX_FIELD_CHARS = 3_000_000;

/** The file a cell exports: readable JSON, values only. */
export function exportWorksheet(data: WorksheetData, outline: string, now = new Date()): string {
  const fields = Object.fromEntries(Object.entries(data.fields).map(([name, field]) => [name, field.value]));
  return JSON.stringify({ kind: WORKSHEET_KIND, version: WORKSHEET_VERSION, outline, exportedAt: now.toISOString(), fields }, null, 2);
}

/** What a worksheet file holds, to show before it replaces anything. */
export interface WorksheetFile {
  data: WorksheetData;
  /** The outline it was filled for, and when it was saved, as the file says (may be missing). */
  outline?: string;
  exportedAt?: string;
  /** Fields that hold text. */
  filled: string[];
  /** Dates that were not valid: left empty. */
  cleaned: string[];
  /** Boxes this page does not have that hold text (unknownBoxes): kept in `data`, not shown. */
  unknown: string[];
}

export type ImportResult = { ok: true; file: WorksheetFile } | ({ ok: false } & Message);

/**
 * The name a saved worksheet's file is offered under: the cell's and the reporter's names in it,
 * as typed, so that the files a secretary gathers from several teachers tell themselves apart
 * ("phieu-lien-he-chi-bo-truong-thcs-an-hai-duong-van-nong.json"); "phieu-lien-he.json" without them.
 * The plain text (worksheet-plain-text.ts) is offered under the same name, as .txt.
 */
export function worksheetFileName(values: { cell?: string; reporter?: string }, extension: 'json' | 'txt' = 'json'): string {
  const parts = [values.cell, values.reporter].map((value) => slugifyVietnamese(value ?? '')).filter(Boolean);
  return `${['phieu-lien-he', ...parts].join('-')}.${extension}`;
}

/**
 * Checks an imported file against the form's fields. Refuses, saying why, a file that is too
 * large, not JSON, not a worksheet, or holds a field no worksheet could have (a name not made as
 * the page makes them), a value that is not text, or a text longer than MAX_FIELD_CHARS. A date
 * that is not valid is left empty and named, so that the teacher knows (a date box cannot show
 * it); a count comes back as it was saved, whatever it holds (its box is a text box, and says
 * under it when it is no count). A box this page does not have (a count whose label a republish
 * corrected names its box anew) is kept as it is, and named: the page saved it, so the file opens.
 */
export function parseWorksheetFile(text: string, bytes: number, fields: ReadonlyMap<string, FieldInfo>, now = Date.now()): ImportResult {
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, key: 'worksheet.fileTooLarge', vars: { size: Math.ceil(bytes / 1024), max: MAX_FILE_BYTES / 1024 } };
  }
  if (text.trim() === '') return { ok: false, key: 'worksheet.fileEmpty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // A worksheet file cut short (a copy not finished, a USB stick pulled out) still names its kind.
    return { ok: false, key: text.includes(`"${WORKSHEET_KIND}"`) ? 'worksheet.fileDamaged' : 'worksheet.fileNotJson' };
  }
  const file = value as { kind?: unknown; version?: unknown; fields?: unknown; outline?: unknown; exportedAt?: unknown };
  if (file && typeof file === 'object' && file.kind === WORKSHEET_KIND && typeof file.version === 'number' && file.version > WORKSHEET_VERSION) {
    return { ok: false, key: 'worksheet.fileNewerVersion' };
  }
  if (!file || typeof file !== 'object' || file.kind !== WORKSHEET_KIND || file.version !== WORKSHEET_VERSION || !file.fields || typeof file.fields !== 'object') {
    return { ok: false, key: 'worksheet.fileNotWorksheet' };
  }
  const data: WorksheetData = { fields: {} };
  const cleaned: string[] = [];
  for (const [name, v] of Object.entries(file.fields as Record<string, unknown>)) {
    if (!FIELD_NAME.test(name)) return { ok: false, key: 'worksheet.fileUnknownField', vars: { name } };
    const field = fields.get(name) ?? { label: name, kind: 'text' as const };
    if (typeof v !== 'string') return { ok: false, key: 'worksheet.fileNotText', vars: { name: field.label } };
    if (v.length > MAX_FIELD_CHARS) return { ok: false, key: 'worksheet.fieldTooLong', vars: { name: field.label, max: MAX_FIELD_CHARS } };
    // A count the page saved comes back as it was, even one it said is no count ("-3", "12 hồ sơ"): nothing typed is lost.
    const invalid = v !== '' && field.kind === 'date' && !isCalendarDate(v);
    if (invalid) cleaned.push(name);
    data.fields[name] = { value: invalid ? '' : v, at: now };
  }
  return {
    ok: true,
    file: {
      data,
      outline: typeof file.outline === 'string' ? file.outline : undefined,
      exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : undefined,
      filled: Object.keys(data.fields).filter((name) => fields.has(name) && data.fields[name].value !== ''),
      cleaned,
      unknown: unknownBoxes(data, fields).map((box) => box.name),
    },
  };
}

/** How the page names its boxes: "cell", "area:the-che", "count:rut-hoc-ba". */
const FIELD_NAME = /^[a-z]+(?::[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
