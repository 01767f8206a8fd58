/** The worksheets an import, a merge or a clearing replaced, kept for "Hoàn tác" (worksheet.ts). */
import { isBlank, parseStored, sameWords, type WorksheetData } from './worksheet';

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
