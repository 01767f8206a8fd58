/**
 * The Part B worksheet (phieu-lien-he.html): what a cell types, kept in the browser and moved
 * between computers as a .json file. Pure logic; the page script (src/browser/worksheet.ts)
 * only connects it to the form and to localStorage.
 */

import type { UiKey } from './ui-strings';

export const WORKSHEET_KIND = 'phieu-lien-he';
export const WORKSHEET_VERSION = 1;
export const STORAGE_KEY = `${WORKSHEET_KIND}:v${WORKSHEET_VERSION}`;
/** Larger files are refused before they are read: a worksheet is a few KB of text. */
export const MAX_FILE_BYTES = 200 * 1024;

/** Each field's text and when it was last changed (ms), so two tabs can be merged field by field. */
export interface WorksheetData {
  fields: Record<string, { value: string; at: number }>;
}

/** A refusal says why as a key of the UI strings (src/site/ui-strings.ts) and what fills it. */
export type ImportResult = { ok: true; data: WorksheetData } | { ok: false; error: UiKey; vars?: Record<string, string | number> };

export function emptyWorksheet(): WorksheetData {
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

/** For each field, the most recent text of the two (what another tab typed is not lost). */
export function mergeWorksheets(ours: WorksheetData, theirs: WorksheetData): WorksheetData {
  const fields = { ...ours.fields };
  for (const [name, field] of Object.entries(theirs.fields)) {
    if (!fields[name] || field.at > fields[name].at) fields[name] = field;
  }
  return { fields };
}

/** The file a cell exports: readable JSON, values only. */
export function exportWorksheet(data: WorksheetData, outline: string, now = new Date()): string {
  const fields = Object.fromEntries(Object.entries(data.fields).map(([name, field]) => [name, field.value]));
  return JSON.stringify({ kind: WORKSHEET_KIND, version: WORKSHEET_VERSION, outline, exportedAt: now.toISOString(), fields }, null, 2);
}

/**
 * Checks an imported file. Refuses, saying why, a file that is too
 * large, not JSON, not a worksheet, or holds fields this worksheet does not have.
 */
export function parseWorksheetFile(text: string, bytes: number, knownFields: ReadonlySet<string>, now = Date.now()): ImportResult {
  if (bytes > MAX_FILE_BYTES) {
    return { ok: false, error: 'worksheet.fileTooLarge', vars: { size: Math.ceil(bytes / 1024), max: MAX_FILE_BYTES / 1024 } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'worksheet.fileNotJson' };
  }
  const file = value as { kind?: unknown; version?: unknown; fields?: unknown };
  if (!file || typeof file !== 'object' || file.kind !== WORKSHEET_KIND || file.version !== WORKSHEET_VERSION || !file.fields || typeof file.fields !== 'object') {
    return { ok: false, error: 'worksheet.fileNotWorksheet' };
  }
  const fields: WorksheetData['fields'] = {};
  for (const [name, v] of Object.entries(file.fields as Record<string, unknown>)) {
    if (!knownFields.has(name)) {
      return { ok: false, error: 'worksheet.fileUnknownField', vars: { name } };
    }
    if (typeof v !== 'string') {
      return { ok: false, error: 'worksheet.fileNotText', vars: { name } };
    }
    fields[name] = { value: v, at: now };
  }
  return { ok: true, data: { fields } };
}
