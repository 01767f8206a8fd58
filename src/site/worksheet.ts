/**
 * The Part B worksheet (phieu-lien-he.html): what a cell types, kept in the browser and moved
 * between computers as a .json file. Pure logic, in six files: this one (the worksheet's data
 * and where it is kept), worksheet-undo.ts ("Hoàn tác"), worksheet-merge.ts (another tab's or
 * another teacher's text), worksheet-file.ts (the .json file), worksheet-values.ts (a box's
 * value read and printed) and worksheet-plain-text.ts (Part B as a text file for Word). The page script (src/browser/worksheet.ts) connects them to the form,
 * and src/browser/worksheet-storage.ts to localStorage. Nothing a teacher types may be lost: each
 * outline keeps its own storage, another tab's text is merged field by field, an import asks
 * first and can be undone, and a field two tabs changed at once keeps both texts.
 */
import { foldVietnamese } from './fold-vietnamese';
import type { UiKey } from './ui-strings';

/** What a worksheet file says it is, and the version of its format (worksheet-file.ts). */
export const WORKSHEET_KIND = 'phieu-lien-he';
export const WORKSHEET_VERSION = 1;

/** Where the first version kept every outline's worksheet, all in one (read once, to bring it over). */
export const LEGACY_STORAGE_KEY = `${WORKSHEET_KIND}:v1`;

/** Where the legacy text is kept once it has been brought over, so that it is never lost nor brought twice. */
export const LEGACY_BACKUP_KEY = `${WORKSHEET_KIND}:v1:da-chuyen`;

/** A box's text, and when it was typed (ms): of two texts, the later one is the box's. */
export interface StoredField {
  value: string;
  at: number;
}

/** Each field's text and when it was last changed, so two tabs can be merged field by field. */
export interface WorksheetData {
  fields: Record<string, StoredField>;
}

/** A field of the form, as the messages name it. */
export interface FieldInfo {
  label: string;
  kind: 'text' | 'date' | 'count';
}

/** A refusal or a notice says why as a key of the UI strings (src/site/ui-strings.ts) and what fills it. */
export interface Message {
  key: UiKey;
  vars?: Record<string, string | number>;
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

/** When the last text the worksheet holds was saved (the time of its newest field with text), or undefined when it holds none. */
export function lastSavedAt(data: WorksheetData): number | undefined {
  const times = Object.values(data.fields).flatMap((field) => (field.value.trim() !== '' && field.at > 0 ? [field.at] : []));
  return times.length ? Math.max(...times) : undefined;
}

/** True when no field holds text. */
export function isBlank(data: WorksheetData): boolean {
  return Object.values(data.fields).every((field) => field.value === '');
}

/**
 * Whether `text` holds `part`, whatever Unicode form each was typed in: a keyboard may write "ả"
 * as one character (NFC) or as "a" and a mark (NFD), and the same words are the same text.
 */
export const holds = (text: string, part: string) => text.normalize('NFC').includes(part.normalize('NFC'));
/** Whether `text` holds `part` as whole words, whatever Unicode form each was typed in: "15 hồ sơ" does not hold "5 hồ sơ". */
export function holdsWords(text: string, part: string): boolean {
  const [whole, words] = [text.normalize('NFC'), part.normalize('NFC').trim()];
  if (words === '') return true;
  for (let at = whole.indexOf(words); at >= 0; at = whole.indexOf(words, at + 1)) {
    const before = whole[at - 1] ?? ' ';
    const after = whole[at + words.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

export const sameWords = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

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
