/** Two texts of one worksheet brought together: another tab's, or another teacher's file (worksheet.ts). */
import { type FieldInfo, holds, holdsWords, sameWords, type StoredField, type WorksheetData } from './worksheet';

/**
 * What storage holds for a field, when another tab changed it since this tab last saved or
 * received it (`known`): other text. Undefined for this tab's own text from before its last save
 * (`earlier`), written back with an older time by a tab that saved at the same moment from what
 * it had read: that is no change. Other text, even with an older time, was typed there.
 */
export function changedElsewhere(stored: StoredField | undefined, known: StoredField | undefined, earlier = ''): StoredField | undefined {
  if (!stored || stored.value === (known?.value ?? '')) return undefined;
  return known && stored.at < known.at && stored.value === earlier ? undefined : stored;
}

/**
 * The boxes whose text this tab saved or received (`known`; those being typed in left out) that
 * storage no longer holds, written over with an older time by a tab saving at the same moment:
 * saved again (save() keeps both texts where the other tab's is its own, changedElsewhere).
 */
export function savedTextLost(known: ReadonlyMap<string, StoredField>, stored: WorksheetData, typing: ReadonlySet<string>): string[] {
  return [...known]
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

/** The change from `base` to `text` as one stretch: base's [from, to) became `inserted` (a pair of UTF-16 halves is never cut). */
export function changeFrom(base: string, text: string): { from: number; to: number; inserted: string } {
  const most = Math.min(base.length, text.length);
  let from = 0;
  while (from < most && base[from] === text[from]) from += 1;
  if (from > 0 && isHighSurrogate(base.charCodeAt(from - 1))) from -= 1;
  let tail = 0;
  while (tail < most - from && base[base.length - 1 - tail] === text[text.length - 1 - tail]) tail += 1;
  if (tail > 0 && isHighSurrogate(base.charCodeAt(base.length - 1 - tail))) tail -= 1;
  return { from, to: base.length - tail, inserted: text.slice(from, text.length - tail) };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * One box's text changed in two tabs from the text both had (`base`, what this tab last saved
 * or received): one text with both changes, when they are in different places of it (a teacher
 * adds a line at the end while another tab fixes a word at the start). Undefined when they touch
 * the same place (both typed at the end): joinConflict keeps both.
 */
export function mergeEdits(base: string, mine: string, theirs: string): string | undefined {
  // Compared whatever their Unicode form; joined as typed (a cursor in the box keeps its place: caretAfterChange).
  if (sameWords(mine, base)) return theirs;
  if (sameWords(theirs, base) || sameWords(mine, theirs)) return mine;
  const a = changeFrom(base, mine);
  const b = changeFrom(base, theirs);
  if (!(a.to < b.from || b.to < a.from)) return undefined;
  const [first, second] = a.from < b.from ? [a, b] : [b, a];
  return base.slice(0, first.from) + first.inserted + base.slice(first.to, second.from) + second.inserted + base.slice(second.to);
}

/**
 * A text field this tab changed while another tab saved other text in it, in the same place
 * (mergeEdits could not make one text of both): both are kept, this tab's text first, then what
 * the other tab wrote into the text both had (`base`; all of its text when they had none, or
 * when that text is not known) under a line that says where it came from (in a one-line box,
 * which drops line breaks, after it on the same line). Returns undefined when there is nothing
 * to join (the same text, one holds the other in whole words, or the other tab only deleted). A
 * date or a count cannot hold two: the page keeps one and says so.
 */
export function joinConflict(mine: string, theirs: string, separator: string, oneLine = false, base?: string): string | undefined {
  // Whole words: "15 hồ sơ" does not hold another tab's "5 hồ sơ".
  if (holdsWords(mine, theirs)) return undefined;
  if (holdsWords(theirs, mine)) return theirs;
  const added = base ? wordsChanged(base, theirs) : theirs;
  // Nothing the other tab wrote, or the very words this tab wrote in the same place.
  if (added === '' || (base !== undefined && holdsWords(wordsChanged(base, mine), added))) return undefined;
  return oneLine ? `${mine} ${separator} ${added}` : `${mine}\n\n${separator}\n${added}`;
}

/** What `text` has in place of `base`'s words: the changed stretch widened to whole words ("Viết" → "Hết" is "Hết", not "H"), trimmed. */
export function wordsChanged(base: string, text: string): string {
  const { from, to, inserted } = changeFrom(base, text);
  let start = from;
  let end = text.length - (base.length - to);
  while (start > 0 && /\S/.test(text[start - 1]) && /\S/.test(text[start] ?? ' ')) start -= 1;
  while (end < text.length && /\S/.test(text[end]) && end > 0 && /\S/.test(text[end - 1])) end += 1;
  return inserted === '' ? '' : text.slice(start, end).trim();
}

/** Where a cursor at `caret` in `before` stands once the text is `after`: with the text it was next to (a change before it moves it along). */
export function caretAfterChange(before: string, after: string, caret: number): number {
  const { from, to, inserted } = changeFrom(before, after);
  if (caret <= from) return caret;
  if (caret >= to) return caret + after.length - before.length;
  return from + inserted.length;
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
