/**
 * The Part B worksheet (phieu-lien-he.html): what a cell types, kept in the browser and moved
 * between computers as a .json file. Pure logic; the page script (src/browser/worksheet.ts)
 * connects it to the form, and src/browser/worksheet-storage.ts to localStorage. Nothing a teacher types may be lost: each
 * outline keeps its own storage, another tab's text is merged field by field, an import asks
 * first and can be undone, and a field two tabs changed at once keeps both texts.
 */

import { foldVietnamese } from './fold-vietnamese';
import { slugifyVietnamese } from './slug';
import { formatVietnameseDate } from './vietnamese-date';
import type { UiKey } from './ui-strings';

export const WORKSHEET_KIND = 'phieu-lien-he';
export const WORKSHEET_VERSION = 1;
/** Where the first version kept every outline's worksheet, all in one (read once, to bring it over). */
export const LEGACY_STORAGE_KEY = `${WORKSHEET_KIND}:v1`;
/** Where the legacy text is kept once it has been brought over, so that it is never lost nor brought twice. */
export const LEGACY_BACKUP_KEY = `${WORKSHEET_KIND}:v1:da-chuyen`;
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

/** Each field's text and when it was last changed (ms), so two tabs can be merged field by field. */
/** A box's text, and when it was typed (ms): of two texts, the later one is the box's. */
export interface StoredField {
  value: string;
  at: number;
}

export interface WorksheetData {
  fields: Record<string, StoredField>;
}

/** What makes one outline's worksheet its own: its cell, its title and its date. */
export interface OutlineIdentity {
  cell: string;
  title: string;
  /** The masthead's date, YYYY-MM-DD. */
  date: string;
}

/**
 * The storage key of one outline's worksheet. Two outlines published in two sub-folders of one
 * site, or two USB copies (every file:// page shares one storage), keep their text apart.
 */
export function storageKey(outline: OutlineIdentity): string {
  const part = (text: string) => foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${WORKSHEET_KIND}:v2:${part(outline.cell)}:${part(outline.title)}:${outline.date}`;
}

/**
 * The key this outline's worksheet was saved under before a republish corrected its title: the
 * same cell and date, another title, among `keys` (every key of the storage). Undefined unless
 * exactly one such key exists; next quarter's outline (another date) never matches.
 */
export function keyBeforeTitleFix(key: string, keys: readonly string[]): string | undefined {
  const parts = (k: string) => k.split(':');
  const [kind, version, cell, title, date, ...rest] = parts(key);
  if (rest.length || date === undefined) return undefined;
  const found = keys.filter((other) => {
    const p = parts(other);
    return p.length === 5 && p[0] === kind && p[1] === version && p[2] === cell && p[3] !== title && p[4] === date;
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The key where the worksheets an import or a clearing replaced are kept, for "Hoàn tác" (a list;
 * the first version kept one worksheet under legacyUndoKey(key), which is read when the list is not there).
 */
export const undoKey = (key: string): string => `${key}:hoan-tac:v2`;
export const legacyUndoKey = (key: string): string => `${key}:hoan-tac`;

/** How many earlier worksheets "Hoàn tác" keeps (those kept longest ago go first). */
export const UNDO_STEPS = 10;

/** A worksheet kept for "Hoàn tác", and when it was kept: a number that grows with each one kept. */
export interface KeptWorksheet {
  data: WorksheetData;
  kept: number;
}

/** The worksheets kept for "Hoàn tác", the next to come back last; a single worksheet, as an earlier version kept it, counts as one. */
export function parseUndo(raw: string | null): KeptWorksheet[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    const list = Array.isArray(value) ? value : [{ data: value, kept: 0 }];
    return list
      .map((item, i) => ({ data: parseStored(JSON.stringify((item as Partial<KeptWorksheet>)?.data ?? null)), kept: Number((item as Partial<KeptWorksheet>)?.kept) || i }))
      .filter((entry) => !isBlank(entry.data));
  } catch {
    return [];
  }
}

/**
 * Whether `text` holds `part`, whatever Unicode form each was typed in: a keyboard may write "ả"
 * as one character (NFC) or as "a" and a mark (NFD), and the same words are the same text.
 */
const holds = (text: string, part: string) => text.normalize('NFC').includes(part.normalize('NFC'));
const sameWords = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

/** Whether two worksheets hold the same text in every field (whenever it was typed). */
function sameText(a: WorksheetData, b: WorksheetData): boolean {
  const names = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)]);
  return [...names].every((name) => sameWords(a.fields[name]?.value ?? '', b.fields[name]?.value ?? ''));
}

/** The number of a worksheet kept after all those of `history`. */
export const nextKept = (history: readonly KeptWorksheet[]): number => Math.max(0, ...history.map((e) => e.kept)) + 1;

/** `history` with `data` kept as the newest, at `at` in the list; beyond UNDO_STEPS, the one kept longest ago goes. */
function keep(history: readonly KeptWorksheet[], data: WorksheetData, at: 'first' | 'last'): KeptWorksheet[] {
  const others = history.filter((entry) => !sameText(entry.data, data));
  const entry = { data, kept: nextKept(history) };
  const list = at === 'last' ? [...others, entry] : [entry, ...others];
  while (list.length > UNDO_STEPS) list.splice(list.indexOf(list.reduce((oldest, e) => (e.kept < oldest.kept ? e : oldest))), 1);
  return list;
}

/**
 * The history once `current` is replaced by an import or a clearing: it comes back first. A
 * blank worksheet adds nothing (clearing twice keeps what the first clearing replaced), nor does
 * one the history already holds.
 */
export function keepForUndo(history: readonly KeptWorksheet[], current: WorksheetData): KeptWorksheet[] {
  return isBlank(current) ? [...history] : keep(history, current, 'last');
}

/**
 * "Hoàn tác": the worksheet that comes back, and the history after it. The one it replaces is
 * kept too, to come back after all the others: pressing again goes on to the one before, and in
 * the end back to this one. Undefined when nothing is kept.
 */
export function undoStep(history: readonly KeptWorksheet[], current: WorksheetData): { restored: WorksheetData; history: KeptWorksheet[] } | undefined {
  const restored = history.at(-1);
  if (!restored) return undefined;
  const rest = history.slice(0, -1);
  return { restored: restored.data, history: isBlank(current) ? rest : keep(rest, current, 'first') };
}

/** A refusal or a notice says why as a key of the UI strings (src/site/ui-strings.ts) and what fills it. */
export interface Message {
  key: UiKey;
  vars?: Record<string, string | number>;
}

function emptyWorksheet(): WorksheetData {
  return { fields: {} };
}

/** Reads what localStorage holds; anything unreadable counts as empty (and is reported by the caller). */
export function parseStored(raw: string | null): WorksheetData {
  if (!raw) return emptyWorksheet();
  try {
    const value = JSON.parse(raw) as WorksheetData;
    if (value && typeof value.fields === 'object' && value.fields !== null) {
      const fields: WorksheetData['fields'] = {};
      for (const [name, field] of Object.entries(value.fields)) {
        if (field && typeof field.value === 'string' && typeof field.at === 'number') fields[name] = field;
      }
      return { fields };
    }
  } catch {
    // fall through
  }
  return emptyWorksheet();
}

/** True when no field holds text. */
export function isBlank(data: WorksheetData): boolean {
  return Object.values(data.fields).every((field) => field.value === '');
}

/**
 * What storage holds for a field, when another tab changed it since this tab last saved or
 * received it (`known`): saved later, with other text. Undefined for older text written back
 * by a tab that saved at the same moment, from what it had read before this tab's save.
 */
export function changedElsewhere(stored: StoredField | undefined, known: StoredField | undefined): StoredField | undefined {
  if (!stored || stored.value === (known?.value ?? '')) return undefined;
  return known && stored.at < known.at ? undefined : stored;
}

/**
 * The fields whose text this tab saved (not being typed: `typing`) that storage no longer holds:
 * another tab saving at the same moment wrote its older copy over them.
 */
export function savedTextMissing(ours: WorksheetData, stored: WorksheetData, typing: ReadonlySet<string>): string[] {
  return Object.entries(ours.fields)
    .filter(([name, field]) => !typing.has(name) && field.at > (stored.fields[name]?.at ?? 0) && field.value !== (stored.fields[name]?.value ?? ''))
    .map(([name]) => name);
}

/** For each field, the most recent text of the two (what another tab typed is not lost). */
export function mergeWorksheets(ours: WorksheetData, theirs: WorksheetData): WorksheetData {
  const fields = { ...ours.fields };
  for (const [name, field] of Object.entries(theirs.fields)) {
    if (!fields[name] || field.at > fields[name].at) fields[name] = field;
  }
  return { fields };
}

/**
 * A text field this tab changed while another tab saved other text in it: both texts are kept,
 * this tab's first, then the other's under a line that says where it came from (in a one-line
 * box, which drops line breaks, after it on the same line). Returns undefined when there is
 * nothing to join (the same text, or one holds the other). A date or a count cannot hold two:
 * the page keeps one and says so.
 */
export function joinConflict(mine: string, theirs: string, separator: string, oneLine = false): string | undefined {
  if (holds(mine, theirs)) return undefined;
  if (holds(theirs, mine)) return theirs;
  return oneLine ? `${mine} ${separator} ${theirs}` : `${mine}\n\n${separator}\n${theirs}`;
}

/**
 * Another teacher's worksheet added to this one: the cell's secretary gathers Part B from several.
 * A box empty here (or holding only spaces) takes the file's text. A text box filled in both keeps
 * this one's text, then the file's under `separator`, a line that says whose it is; the same text,
 * or the file's text already added under that very line (the same file merged twice), is not
 * written again. Two teachers' answers are never taken one for the other, even where one holds
 * the other ("5 hồ sơ", "15 hồ sơ"). A box of one value (a date, a count) or of one line (a name)
 * filled in both with something else keeps this one's, and is listed in `kept` with the file's
 * value, so that the page can say so; the text boxes given both texts are listed in `joined`, the
 * empty ones given the file's text in `filled` (neither: the file adds nothing). Texts are
 * compared whatever their Unicode form (`holds`). Only the boxes of `boxes` are read: the page
 * leaves out those that are this worksheet's alone.
 */
export function addWorksheet(
  ours: WorksheetData,
  theirs: WorksheetData,
  boxes: ReadonlyMap<string, { kind: FieldInfo['kind']; oneLine: boolean }>,
  separator: string,
): { data: WorksheetData; kept: Array<{ name: string; theirs: string }>; joined: string[]; filled: string[] } {
  const fields = { ...ours.fields };
  const kept: Array<{ name: string; theirs: string }> = [];
  const joined: string[] = [];
  const filled: string[] = [];
  for (const [name, box] of boxes) {
    const mine = ours.fields[name]?.value ?? '';
    const added = theirs.fields[name]?.value ?? '';
    if (added.trim() === '' || sameWords(added, mine)) continue;
    if (mine.trim() === '') {
      fields[name] = { value: added, at: theirs.fields[name].at };
      filled.push(name);
      continue;
    }
    if (box.kind !== 'text' || box.oneLine) {
      kept.push({ name, theirs: added });
      continue;
    }
    const part = `${separator}\n${added}`;
    if (holds(mine, part)) continue;
    fields[name] = { value: `${mine}\n\n${part}`, at: Math.max(ours.fields[name].at, theirs.fields[name].at) };
    joined.push(name);
  }
  return { data: { fields }, kept, joined, filled };
}

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

/** A field of the form, as the messages name it. */
export interface FieldInfo {
  label: string;
  kind: 'text' | 'date' | 'count';
}

/** A count as the form asks for it: a whole number from 0. */
export function isCount(value: string): boolean {
  return /^\d+$/.test(value);
}

/**
 * The day a date box's value names (YYYY-MM-DD, the year of four to six digits: Chromium's box
 * takes up to six), or undefined for no real day ("2024-02-30", "15/10/2024").
 */
function boxDate(value: string): Date | undefined {
  const match = /^(\d{4,6})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  // Set apart from Date.UTC, which reads the years 0–99 as 1900–1999.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** A real calendar date written as the date box writes it (YYYY-MM-DD); an odd year ("0004") too: the page asks about it (dateAsRead), an import keeps it. */
export function isCalendarDate(value: string): boolean {
  return boxDate(value) !== undefined;
}

/**
 * The name a saved worksheet's file is offered under: the cell's and the reporter's names in it,
 * as typed, so that the files a secretary gathers from several teachers tell themselves apart
 * ("phieu-lien-he-chi-bo-truong-thcs-an-hai-duong-van-nong.json"); "phieu-lien-he.json" without them.
 */
export function worksheetFileName(values: { cell?: string; reporter?: string }): string {
  const parts = [values.cell, values.reporter].map((value) => slugifyVietnamese(value ?? '')).filter(Boolean);
  return `${['phieu-lien-he', ...parts].join('-')}.json`;
}

/**
 * A unit's name as the printed header writes it ("Chi bộ Trường Tiểu học An Hải"), the proper
 * name it ends with held together by no-break spaces: the header's column is narrow, and a long
 * name broke inside the place or person it names ("TIỂU HỌC AN / HẢI", "PHẠM / VĂN ĐỒNG"). That
 * name is the run of capitalised words at its end ("An Hải", "Phạm Văn Đồng"), of at most
 * PROPER_NAME_WORDS words and PROPER_NAME_CHARS characters, so that it still fits the column; when
 * the name ends in no such run, its last two words. A name of three words or fewer is as typed.
 */
export function printedUnitName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 4) return name;
  let held = 0;
  while (held < PROPER_NAME_WORDS && held < words.length - 1 && isCapitalised(words[words.length - 1 - held])) {
    if (words.slice(-(held + 1)).join(' ').length > PROPER_NAME_CHARS) break;
    held += 1;
  }
  const kept = Math.max(held, 2);
  return [...words.slice(0, -kept), words.slice(-kept).join('\u00a0')].join(' ');
}

/** The longest proper name the printed header holds together: "Nguyễn Thị Minh Khai". */
const PROPER_NAME_WORDS = 4;
/** The same, in characters: about half the header column's line at its print size. */
const PROPER_NAME_CHARS = 24;

/** Whether a word begins with a capital letter ("Hải", "THCS"), not a small one or a digit ("học", "2"). */
function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * What the date box holds, as the printed header will write it ("ngày 1 tháng 2 năm 2024"),
 * and whether its year is far (more than a year) from both the outline's and this year: a date
 * box in a browser set to English reads "20/10/2024" month first, Firefox may take a year of
 * "4", and Chromium's box takes a year of up to six digits ("202410"). Undefined for an empty
 * box or no real date.
 */
export function dateAsRead(value: string, outlineYear: number, thisYear: number): { words: string; year: number; farYear: boolean } | undefined {
  const date = boxDate(value);
  if (!date) return undefined;
  const year = date.getUTCFullYear();
  const far = (other: number) => Math.abs(year - other) > 1;
  return { words: formatVietnameseDate(date), year, farYear: far(outlineYear) && far(thisYear) };
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

/**
 * The boxes of `data` that hold text but that this page does not have: a count whose label a
 * republish corrected is named anew. Their text is kept, saved and written to files as it was;
 * the page names them with it, so that the teacher can copy it where it now belongs.
 */
export function unknownBoxes(data: WorksheetData, fields: ReadonlyMap<string, unknown>): Array<{ name: string; value: string }> {
  return Object.entries(data.fields)
    .filter(([name, field]) => !fields.has(name) && field.value.trim() !== '')
    .map(([name, field]) => ({ name, value: field.value }));
}

/** Every field of the form, and any other box `from` holds (unknownBoxes), with a time of `at`: the text `from` has, or empty. */
export function stampAll(names: Iterable<string>, from: WorksheetData, at: number): WorksheetData {
  const all = new Set([...names, ...Object.keys(from.fields)]);
  return { fields: Object.fromEntries([...all].map((name) => [name, { value: from.fields[name]?.value ?? '', at }])) };
}
